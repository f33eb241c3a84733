package bibench.harness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command has: {@code --help}, {@code --stacktrace} and {@code --plugins} (a
 * picocli mixin).
 */
final class CommonOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true, order = 100, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--stacktrace", order = 101, description = "On an error, also print the stack trace.")
  boolean stacktrace;

  /** The folder of plug-in jars, installed as soon as it is parsed (before any id is looked up). */
  Path plugins;

  @Option(names = "--plugins", paramLabel = "DIR", order = 102,
      description = "Load every jar in DIR: operators, architectures or tracks of your own, found by id.")
  void plugins(Path dir) {
    Plugins.install(dir);
    this.plugins = dir;
  }
}
