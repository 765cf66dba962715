package io.dynaspec.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dynaspec} command line: one subcommand per job of the kit. */
@Command(name = "dynaspec", mixinStandardHelpOptions = true, version = "dynaspec 0.1.0",
        description = "Formal specification and conformance kit for DynamoDB-style conditional writes.",
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, BenchCommand.class, FaultsCommand.class,
                RunCommand.class, CompareCommand.class, ModelCheckCommand.class, CheckCommand.class,
                TraceCheckCommand.class, ReplayCommand.class, ModelTestCommand.class})
public final class Dynaspec implements Runnable {

    /** When main began, for start-up figures. */
    static final long MAIN_STARTED_NANOS = System.nanoTime();

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // Serving starts fast only without picocli's model of the commands.
            ServeCommand plain = ServeCommand.fromPlainArguments(java.util.Arrays.copyOfRange(args, 1, args.length));
            if (plain != null) {
                try {
                    System.exit(plain.call());
                } catch (Exception e) {
                    System.err.println("dynaspec serve: " + e.getMessage());
                    System.exit(1);
                }
            }
        }
        System.exit(new CommandLine(new Dynaspec()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
