package bibench.harness.report;

import bibench.BadInputException;
import bibench.harness.cli.CliArgs;
import java.nio.file.Path;

/** The run folder a reporting command is given: one positional argument, target/bibench/latest by default. */
public final class CliPaths {
  /** The folder used when none is given. */
  public static final Path LATEST = Path.of("target", "bibench", "latest");

  private CliPaths() {}

  /**
   * The run folder of {@code command}'s arguments.
   *
   * @throws BadInputException if more than one folder is given
   */
  public static Path runDir(CliArgs args, String command) {
    if (args.positional().size() > 1) {
      throw new BadInputException(command + " takes one run folder, got " + args.positional(),
          "bibench " + command + " <run-dir> (default " + LATEST + ")");
    }
    return args.positional().isEmpty() ? LATEST : Path.of(args.positional().get(0));
  }
}
