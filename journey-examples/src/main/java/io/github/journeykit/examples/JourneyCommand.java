package io.github.journeykit.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code journey} command line: run a CRM's event log through a ready-made journey and see
 * where everyone stands, check and lint the journeys, draw them, and run the demo, without writing
 * Java.
 *
 * <p>Run it with {@code java -jar journey-examples/target/journey.jar COMMAND}; {@code --help} on
 * any command describes its options.
 *
 * @since 0.1
 */
@Command(
    name = "journey",
    mixinStandardHelpOptions = true,
    version = "journey 0.1.0-SNAPSHOT",
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Runs customers through the ready-made customer journeys, checks and draws them.",
      "Exit codes: 0 done, 1 a check or lint failed, 2 a mistake in the input (see the message)."
    },
    subcommands = {
      ListCommand.class,
      ShowCommand.class,
      RunCommand.class,
      CheckCommand.class,
      LintCommand.class,
      RenderCommand.class,
      SimulateCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      SchemaCommand.class,
      DemoCommand.class,
      CrmCommand.class
    })
public final class JourneyCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  /** Creates the command; picocli does this. */
  public JourneyCommand() {}

  /**
   * Runs the command line and exits with its exit code. Interrupted (Ctrl-C, or a {@code kill}), it
   * removes what it had begun to write and says so on standard error, naming any file it had
   * written whole.
   *
   * @param args the arguments, e.g. {@code run sales-funnel events.csv}
   */
  public static void main(String[] args) {
    Thread interrupted =
        new Thread(
            () -> {
              System.err.println();
              System.err.println("journey: " + Interruption.JVM.interrupt());
              System.err.flush();
            },
            "journey-interrupted");
    Runtime.getRuntime().addShutdownHook(interrupted);
    int exit = commandLine().execute(args);
    try {
      Runtime.getRuntime().removeShutdownHook(interrupted);
    } catch (IllegalStateException shuttingDown) {
      // interrupted as it finished: the hook says what was written, and the JVM halts
    }
    System.exit(exit);
  }

  /**
   * Returns the command line, ready to execute, with user mistakes reported in one line (exit code
   * 2).
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new JourneyCommand());
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          if (exception instanceof UserMistake) {
            line.getErr().println("journey: " + exception.getMessage());
            line.getErr().flush();
            return 2;
          }
          throw exception;
        });
    commandLine.setParameterExceptionHandler(JourneyCommand::badArguments);
    return commandLine;
  }

  /**
   * A mistake in the arguments (an unknown option or command, a missing or bad value) in one line
   * naming the option and what it takes, with the command's help to see; no usage; exit code 2.
   */
  private static int badArguments(ParameterException exception, String[] args) {
    CommandLine line = exception.getCommandLine();
    line.getErr()
        .println(
            "journey: "
                + Arguments.mistake(exception, args)
                + " (see: "
                + line.getCommandSpec().qualifiedName()
                + " --help)");
    line.getErr().flush();
    return 2;
  }

  /** Without a command: the usage, on standard error, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("journey: which command? For example: journey list");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
