package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not compile a method longer than 8,000 bytes of bytecode (-XX:HugeMethodLimit): such a method runs
 * interpreted, and when it is on the coder's hot path the coder loses about a third of its speed (BENCHMARKS.md,
 * session 10). The grammar's methods grow rule by rule, so their length is checked here, from the compiled classes.
 */
class MethodSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8_000;

    private record Method(String name, int length) {
    }

    @Test
    void noMethodOfTheCoderIsTooLongToBeCompiled() throws IOException, URISyntaxException {
        Path classes = Path.of(Coder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    methods.addAll(methods(classes.relativize(file).toString(), new DataInputStream(in)));
                }
            }
        }
        int assemble = methods.stream().filter(m -> m.name().endsWith("EventAssembler.class assemble"))
                .mapToInt(Method::length).max().orElseThrow();
        assertThat(assemble).as("the reader finds the real lengths").isBetween(1_000, HUGE_METHOD_LIMIT);
        assertThat(methods).hasSizeGreaterThan(1_000)
                .filteredOn(m -> m.length() > HUGE_METHOD_LIMIT).isEmpty();
    }

    /** Each method's name and bytecode length, from a class file (JVM specification, chapter 4). */
    private static List<Method> methods(String className, DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException(className + ": not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException(className + ": constant pool tag " + tag);
            }
        }
        in.skipBytes(6); // access flags, this class, super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        List<Method> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipBytes(4); // max stack, max locals
                    int codeLength = in.readInt();
                    out.add(new Method(className + " " + name, codeLength));
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
