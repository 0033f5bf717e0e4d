package dev.plumbline.cli;

import picocli.CommandLine;

/** The entry point of the {@code plumbline} launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting (for tests). */
    public static int run(String... args) {
        return PlumblineCommand.commandLine().execute(args);
    }
}
