package org.touchstone.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of a job: input paths, then options of the form {@code --name value} or the
 * flag {@code --overwrite}. Small on purpose: a job jar carries no command-line library.
 */
record JobArguments(List<String> inputs, Map<String, String> options, boolean overwrite) {

    /**
     * @param valued the options that take a value, without their dashes ("out", "date")
     * @throws IllegalArgumentException naming what is wrong; the message starts with the usage
     */
    static JobArguments parse(String usage, String[] args, Set<String> valued) {
        List<String> inputs = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--overwrite")) {
                overwrite = true;
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!valued.contains(name)) {
                    throw new IllegalArgumentException(usage + "\nunknown option " + arg);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(usage + "\noption " + arg + " needs a value");
                }
                options.put(name, args[++i]);
            } else {
                inputs.add(arg);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(usage + "\nno input given");
        }
        if (valued.contains("out") && !options.containsKey("out")) {
            throw new IllegalArgumentException(usage + "\n--out DIR is required");
        }
        return new JobArguments(List.copyOf(inputs), Map.copyOf(options), overwrite);
    }

    String option(String name) {
        return options.get(name);
    }
}
