package io.dynaspec.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dynaspec} command line: one subcommand per job of the kit. */
@Command(name = "dynaspec", mixinStandardHelpOptions = true, version = "dynaspec 0.1.0",
        description = "Formal specification and conformance kit for DynamoDB-style conditional writes.",
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, BenchCommand.class, FaultsCommand.class,
                RunCommand.class, CompareCommand.class, ModelCheckCommand.class,
                TraceCheckCommand.class})
public final class Dynaspec implements Runnable {

    /** When main began, for start-up figures. */
    static final long MAIN_STARTED_NANOS = System.nanoTime();

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // Serving starts in milliseconds only if picocli does not first model every other
            // command (and load the SDK, Cucumber and TLC classes they refer to).
            CommandLine serve = new CommandLine(new ServeCommand()).setCommandName("dynaspec serve");
            System.exit(serve.execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(new CommandLine(new Dynaspec()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
