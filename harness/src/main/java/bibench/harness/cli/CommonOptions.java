package bibench.harness.cli;

import picocli.CommandLine.Option;

/** The options every command has: {@code --help} and {@code --stacktrace} (a picocli mixin). */
final class CommonOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true, order = 100, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--stacktrace", order = 101, description = "On an error, also print the stack trace.")
  boolean stacktrace;
}
