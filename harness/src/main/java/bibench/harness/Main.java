package bibench.harness;

import bibench.harness.cli.Cli;
import java.io.PrintStream;

/**
 * The BiBench-J command line ({@code bibench help} lists its commands; {@link
 * bibench.harness.cli.Bibench} defines them). Exit codes: 0 done, 1 a regression against the
 * baseline, 2 bad input or usage, 3 an internal error.
 */
public final class Main {
  static {
    // Quiet the engine's start-up chatter unless the user asked otherwise (-D on the command line).
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setDefault("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
    setDefault("ai.djl.pytorch.num_interop_threads", "1");
    setDefault("ai.djl.offline", "true");
  }

  private Main() {}

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs one command and returns its exit code: 0 done, 1 a regression, 2 bad input or usage (one
   * line on {@code err}), 3 an internal error (tests call this directly).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Cli.execute(args, out, err);
  }
}
