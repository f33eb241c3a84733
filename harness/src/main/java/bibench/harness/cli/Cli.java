package bibench.harness.cli;

import bibench.BadInputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Runs one command line: parses it with picocli against {@link Bibench}'s annotations, runs the
 * command and turns every outcome into an exit code. Bad input ({@link BadInputException}) and
 * usage errors print one line {@code error: <what>. Fix: <how>} and exit with 2 (the stack trace
 * only with {@code --stacktrace}); anything else is an internal error: its stack trace and exit 3.
 */
public final class Cli {
  private Cli() {}

  /** Runs {@code args} and returns the exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    // --plugins changes the class path of this process; one command must not leave it to the next
    // (tests run many commands in one JVM).
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String classPath = System.getProperty("java.class.path");
    try {
      return commandLine(out, err).execute(args);
    } catch (RuntimeException | Error e) {
      return internalError(e, err);
    } finally {
      Thread.currentThread().setContextClassLoader(loader);
      if (classPath != null) {
        System.setProperty("java.class.path", classPath);
      }
    }
  }

  /** The command line, for tests and for printing help. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Bibench(out));
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setUsageHelpWidth(100);
    cli.setOverwrittenOptionsAllowed(true); // an option given twice takes its last value
    headings(cli);
    cli.setParameterExceptionHandler(new UsageErrors(err));
    cli.setExecutionExceptionHandler(failures(err));
    return cli;
  }

  /** The same layout for every command's help: options in the order they are declared, headed sections. */
  private static void headings(CommandLine cli) {
    cli.getCommandSpec().usageMessage().sortOptions(false).parameterListHeading("%nArguments:%n")
        .optionListHeading("%nOptions:%n");
    cli.getSubcommands().values().forEach(Cli::headings);
  }

  private static IExecutionExceptionHandler failures(PrintStream err) {
    return (e, command, parsed) -> {
      if (e instanceof java.nio.file.InvalidPathException invalid) {
        e = bibench.results.OutputFailure.invalidPath("path", invalid);
      }
      if (e instanceof BadInputException bad) {
        err.println("error: " + bad.getMessage());
        if (stacktraceWanted(parsed)) {
          bad.printStackTrace(err);
        }
        return Bibench.BAD_INPUT;
      }
      if (e instanceof bibench.harness.workers.WorkerStoppedException stopped) {
        err.println("error: " + stopped.getMessage());
        if (stacktraceWanted(parsed)) {
          stopped.printStackTrace(err);
        }
        return Bibench.INTERNAL_ERROR;
      }
      return internalError(e, err);
    };
  }

  private static int internalError(Throwable e, PrintStream err) {
    err.println("internal error: " + e);
    e.printStackTrace(err);
    return Bibench.INTERNAL_ERROR;
  }

  private static boolean stacktraceWanted(ParseResult parsed) {
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
