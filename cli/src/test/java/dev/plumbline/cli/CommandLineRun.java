package dev.plumbline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process as a user would: the exit code, a newline, then what it printed. */
final class CommandLineRun {
    private CommandLineRun() {
    }

    /** The exit code and standard output. */
    static String stdout(String... args) {
        return run(false, args);
    }

    /** The exit code and standard output with standard error, in the order written. */
    static String stdoutAndStderr(String... args) {
        return run(true, args);
    }

    private static String run(boolean withErr, String... args) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        if (withErr) {
            System.setErr(captured);
        }
        try {
            int code = Main.run(args);
            return code + "\n" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }
}
