package framelab.cli;

import framelab.corpus.CorpusInputException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * framelab's command line. Exit codes: 0 success, 2 usage error (unknown option, bad value),
 * 3 input error (malformed or missing input, unknown field or group), 1 anything unexpected.
 * Input errors print the location and what to do, never a stack trace.
 */
@Command(name = "framelab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compare how news outlets frame the same events: frequencies, keyness, tone, topics, quotations, shared text and events.")
public final class Main implements Runnable {
    public static final int INPUT_ERROR = 3;

    /**
     * The subcommands, in the order the usage lists them; adding one is one line here. They are
     * registered lazily (see {@link #subcommandsFor}): picocli builds the model of every registered
     * command by reflection before parsing, which cost most of the CLI's start-up when all were
     * registered on every run (bench/RESULTS.md).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            AnalyzeCommand.class,
            CleanCommand.class,
            FreqCommand.class,
            KeynessCommand.class,
            KwicCommand.class,
            CollocatesCommand.class,
            SentimentCommand.class,
            TopicsCommand.class,
            FramingCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> sub : subcommandsFor(args)) {
            cl.addSubcommand(sub);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            if (t instanceof CorpusInputException c) {
                err.println("framelab: input error: " + c.getMessage());
                return INPUT_ERROR;
            }
            if (t instanceof IllegalArgumentException) {
                err.println("framelab: error: " + t.getMessage());
                return INPUT_ERROR;
            }
            if (t instanceof java.io.UncheckedIOException u) {
                err.println("framelab: cannot write output: " + u.getMessage() + (u.getCause() != null ? " (" + u.getCause().getMessage() + ")" : ""));
                return 1;
            }
            err.println("framelab: unexpected error (please report it with the command you ran):");
            t.printStackTrace(err);
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The subcommands to register for these arguments: only the one the first argument names (the
     * others could not be reached: picocli takes the first positional argument as the subcommand),
     * none for a bare {@code --version}, and all of them otherwise, because the usage, {@code help}
     * and the "did you mean" of an unknown command list them.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length == 0) {
            return SUBCOMMANDS;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        for (Class<?> sub : SUBCOMMANDS) {
            if (sub != CommandLine.HelpCommand.class && sub.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(sub);
            }
        }
        return SUBCOMMANDS;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"framelab " + framelab.report.RunManifest.version()};
        }
    }
}
