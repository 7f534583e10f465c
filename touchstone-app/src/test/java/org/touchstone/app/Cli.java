package org.touchstone.app;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs the real command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return Json.MAPPER.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
