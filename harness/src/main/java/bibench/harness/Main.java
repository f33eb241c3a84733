package bibench.harness;

import bibench.BadInputException;
import bibench.harness.cli.Commands;
import java.io.PrintStream;

/**
 * The BiBench-J command line: {@code run}, {@code list}, {@code report}. Exit codes: 0 done, 1 a
 * regression against the baseline, 2 bad input or usage, 3 an internal error.
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

  /** Runs one command and returns its exit code (tests call this directly). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    boolean stacktrace = java.util.Arrays.asList(args).contains("--stacktrace");
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--stacktrace")).toArray(String[]::new);
    try {
      return Commands.dispatch(rest, out);
    } catch (BadInputException | java.nio.file.InvalidPathException e) {
      BadInputException bad = e instanceof java.nio.file.InvalidPathException invalid
          ? bibench.results.OutputFailure.invalidPath("path", invalid) : (BadInputException) e;
      err.println("error: " + bad.getMessage());
      if (stacktrace) {
        e.printStackTrace(err);
      }
      return 2;
    } catch (RuntimeException | Error e) {
      err.println("internal error: " + e);
      e.printStackTrace(err);
      return 3;
    }
  }
}
