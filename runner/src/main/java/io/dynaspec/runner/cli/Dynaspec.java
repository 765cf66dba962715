package io.dynaspec.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dynaspec} command line: one subcommand per job of the kit. */
@Command(name = "dynaspec", mixinStandardHelpOptions = true, version = "dynaspec 0.1.0",
        description = "Formal specification and conformance kit for DynamoDB-style conditional writes.",
        subcommands = {CommandLine.HelpCommand.class, ModelCheckCommand.class})
public final class Dynaspec implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Dynaspec()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
