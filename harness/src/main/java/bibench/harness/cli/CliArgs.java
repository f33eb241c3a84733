package bibench.harness.cli;

import bibench.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's arguments: positional values and {@code --name value} (or {@code --name=value})
 * options, checked against the options the command knows; switches take no value.
 */
public final class CliArgs {
  private final String command;
  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new LinkedHashMap<>();

  private CliArgs(String command) {
    this.command = command;
  }

  /**
   * Parses {@code args} for {@code command}.
   *
   * @param valued options that take a value
   * @param switches options without a value
   */
  public static CliArgs parse(String command, String[] args, Set<String> valued, Set<String> switches) {
    CliArgs parsed = new CliArgs(command);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        parsed.positional.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (switches.contains(name)) {
        parsed.options.put(name, "true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new BadInputException("option --" + name + " of '" + command + "' needs a value",
                "write --" + name + " <value>");
          }
          value = args[++i];
        }
        parsed.options.put(name, value);
      } else {
        Set<String> known = new TreeSet<>(valued);
        known.addAll(switches);
        throw new BadInputException("unknown option --" + name + " for '" + command + "'",
            "use one of: --" + String.join(", --", known) + " (bibench help)");
      }
    }
    return parsed;
  }

  /** The value of an option, or {@code fallback}. */
  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  /** Whether a switch or option was given. */
  public boolean has(String name) {
    return options.containsKey(name);
  }

  /** The positional arguments. */
  public List<String> positional() {
    return List.copyOf(positional);
  }

  /** The comma-separated values of an option, or null when absent. */
  public List<String> list(String name) {
    String value = options.get(name);
    if (value == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    if (items.isEmpty()) {
      throw new BadInputException("option --" + name + " is empty", "give a comma-separated list");
    }
    return items;
  }
}
