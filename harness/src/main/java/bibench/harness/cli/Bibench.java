package bibench.harness.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code bibench} command: the one definition of the command line. Every command is a class
 * annotated with picocli's {@code @Command}, every option a field annotated with {@code @Option};
 * picocli parses the arguments and prints {@code bibench help}, {@code bibench help <command>} and
 * {@code <command> --help} from the same annotations, so help and parser cannot drift apart. To add
 * a command, write its class and list it below; to add an option, add one annotated field to the
 * command (for {@code run}: to {@link RunOptions}).
 */
@Command(
    name = "bibench",
    synopsisSubcommandLabel = "<command>",
    description = "Benchmarks network binarization: trains, counts and times binarized operators on BiBench's tracks.",
    subcommands = {
      RunCommand.class,
      ListCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      CompareCommand.class,
      BaselineCommand.class,
      PublishCommand.class,
      MergeCommand.class,
      SummaryCommand.class,
      WorkerCommand.class,
      HelpCommand.class
    },
    commandListHeading = "%nCommands:%n",
    footer = {
      "",
      "Exit codes: 0 done, 1 a regression against the baseline, 2 bad input or usage, 3 an internal error",
      "or a worker process killed from outside (rerun to resume).",
      "Run 'bibench help <command>' for a command's options."
    })
public final class Bibench implements Callable<Integer> {
  /** Exit code: finished. */
  public static final int DONE = 0;

  /** Exit code: a metric regressed against the baseline. */
  public static final int REGRESSION = 1;

  /** Exit code: bad input or usage; one line names the problem and the fix. */
  public static final int BAD_INPUT = 2;

  /** Exit code: an internal error (a bug; the stack trace is printed), or a worker killed from outside (one line). */
  public static final int INTERNAL_ERROR = 3;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  private final PrintStream out;

  Bibench(PrintStream out) {
    this.out = out;
  }

  /** Where commands print their results. */
  PrintStream out() {
    return out;
  }

  /** {@code bibench} without a command: the usage, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return BAD_INPUT;
  }
}
