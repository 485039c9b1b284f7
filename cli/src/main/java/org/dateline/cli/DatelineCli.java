package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: one subcommand per job. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    version = "dateline 0.1.0",
    description = "Dated, sourced event records from news text.",
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      TimelineCommand.class,
      QuotesCommand.class,
      ActorsCommand.class,
      ExportCommand.class,
      BenchStoreCommand.class,
      EvalCommand.class,
      EvalTimemlCommand.class,
      EvalPetrarchCommand.class,
      EvalConllCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DatelineCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests: no System.exit). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new DatelineCli());
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // One line, never a stack trace: say what failed and where.
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      commandLine.getErr().println("dateline: error: " + message.lines().findFirst().orElse(message));
      if (System.getenv("DATELINE_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    cli.setParameterExceptionHandler((ex, cliArgs) -> {
      // A mistyped option or a bad value: the reason and where to look, not the whole usage text.
      CommandLine failed = ex.getCommandLine();
      failed.getErr().println("dateline: error: " + ex.getMessage().lines().findFirst().orElse("")
          + " (see: dateline " + (failed.getCommandName().equals("dateline") ? "" : failed.getCommandName() + " ")
          + "--help)");
      return 2;
    });
    return cli.execute(args);
  }
}
