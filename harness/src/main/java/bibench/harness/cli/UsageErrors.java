package bibench.harness.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns picocli's usage errors (an unknown command or option, a missing value, a value of the wrong
 * type, an argument too many) into one line, {@code error: <what>. Fix: <how> (bibench help
 * <command>)}, and exit code 2. Everything named in the line comes from the command's definition.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final PrintStream err;

  UsageErrors(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    err.println("error: " + bibench.Excerpt.message(message(e)));
    return Bibench.BAD_INPUT;
  }

  static String message(ParameterException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof bibench.BadInputException bad) {
        return bad.getMessage(); // an option whose value was checked as it was parsed (--plugins)
      }
    }
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    boolean root = spec.parent() == null;
    String name = spec.name();
    String help = root ? "bibench help" : "bibench help " + name;
    if (e.getValue() != null && String.valueOf(e.getMessage()).contains("InvalidPathException")) {
      // picocli keeps only the text of a Path option's conversion failure (a name the locale lacks)
      String what = e.getArgSpec() instanceof OptionSpec option ? option.longestName() : "path";
      return bibench.results.OutputFailure.invalidPath(what, new java.nio.file.InvalidPathException(
          e.getValue(), "Malformed input or input contains unmappable characters")).getMessage();
    }
    if (e.getMessage() != null && e.getMessage().startsWith("Unknown subcommand")) {
      CommandSpec top = spec.root();
      return e.getMessage().replaceFirst("^Unknown subcommand '(.*)'\\.?$", "unknown command '$1'") + ". Fix: use one of: "
          + String.join(", ", visible(top));
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (root && !first.startsWith("-")) {
        return "unknown command '" + first + "'. Fix: use one of: "
            + String.join(", ", visible(spec));
      }
      if (first.startsWith("-")) {
        return "unknown option " + first + " for '" + name + "'. Fix: use one of: "
            + String.join(", ", optionNames(spec)) + " (" + help + ")";
      }
      return "unexpected argument '" + first + "' for '" + name + "'. Fix: see " + help;
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec arg = missing.getMissing().get(0);
      if (arg instanceof OptionSpec option) {
        String label = option.paramLabel();
        return e.getMessage().startsWith("Missing required option")
            ? "'" + name + "' needs " + option.longestName() + " " + label + ". Fix: add " + option.longestName()
                + " " + label + " (" + help + ")"
            : "option " + option.longestName() + " of '" + name + "' needs a value. Fix: write "
                + option.longestName() + " " + label + " (" + help + ")";
      }
      return "'" + name + "' needs " + arg.paramLabel() + ". Fix: see " + help;
    }
    String text = CommandLine.Help.Ansi.OFF.string(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", "; ");
    text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return text.isEmpty() ? "bad arguments. Fix: see " + help
        : Character.toLowerCase(text.charAt(0)) + text.substring(1) + ". Fix: see " + help;
  }

  private static List<String> optionNames(CommandSpec spec) {
    TreeSet<String> names = new TreeSet<>();
    for (OptionSpec option : spec.options()) {
      if (!option.usageHelp()) {
        names.add(option.longestName());
      }
    }
    return List.copyOf(names);
  }

  /** The commands a user may type (the hidden worker command is started by run, not by people). */
  private static java.util.List<String> visible(picocli.CommandLine.Model.CommandSpec spec) {
    return spec.subcommands().entrySet().stream().filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
        .map(java.util.Map.Entry::getKey).toList();
  }
}
