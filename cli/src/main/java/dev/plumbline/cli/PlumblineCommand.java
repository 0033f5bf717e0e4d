package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands and maps failures to exit codes. */
@Command(name = "plumbline", mixinStandardHelpOptions = true, versionProvider = PlumblineCommand.Version.class,
        description = "Closes the feedback loop of LLM products, honestly.",
        subcommands = {DemoCommand.class, ServeCommand.class, ImportCommand.class, StatsCommand.class, LoopCommands.Mine.class,
            LoopCommands.Export.class, ReportCommand.class, SimulateCommand.class,
            KeysCommand.class, AuditCommand.class, ProvenanceCommands.LineageCommand.class, ProvenanceCommands.EvalCommand.class, ProbeCommand.class,
            JudgeCommand.class, JudgesCommand.class, AnnotateCommand.class, BenchCommand.class, EraseCommand.class, PrivacyCommand.class, AdminLogCommand.class, CommandLine.HelpCommand.class})
final class PlumblineCommand {
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new PlumblineCommand());
        line.setExitCodeExceptionMapper(e -> e instanceof PlumblineException p ? ExitCodes.of(p.type()) : ExitCodes.INTERNAL);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof PlumblineException p) {
                cmd.getErr().println("plumbline: " + p.getMessage());
                return ExitCodes.of(p.type());
            }
            cmd.getErr().println("plumbline: unexpected failure: " + e);
            e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("plumbline: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        return line;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"plumbline " + codeVersion()};
        }
    }

    static String codeVersion() {
        String version = PlumblineCommand.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
