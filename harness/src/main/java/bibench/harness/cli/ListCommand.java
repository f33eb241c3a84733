package bibench.harness.cli;

import bibench.BadInputException;
import bibench.data.catalog.Tasks;
import bibench.harness.suite.Suites;
import bibench.models.Architectures;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.tracks.Tracks;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bibench list}: the registered operators, architectures, tasks, tracks and suites, or one suite's JSON. */
@Command(name = "list", description = "List operators, architectures, tasks, tracks or suites, or print one suite's JSON to copy and edit.")
final class ListCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT",
      description = "operators, architectures, tasks, tracks (in run order), suites, or suite (default: ${DEFAULT-VALUE}).")
  String what = "operators";

  @Parameters(index = "1", arity = "0..1", paramLabel = "SUITE", description = "With 'suite': the built-in suite to print, e.g. quick.")
  String suite;

  @Override
  public Integer call() {
    PrintStream out = parent.out();
    if (suite != null && !what.equals("suite")) {
      throw new BadInputException("list " + what + " takes no name, got '" + suite + "'", "e.g. bibench list suite " + suite);
    }
    switch (what) {
      case "operators" -> {
        List<BinaryOperator> all = Operators.all();
        int idWidth = all.stream().mapToInt(op -> op.id().length()).max().orElse(0);
        int nameWidth = all.stream().mapToInt(op -> op.displayName().length()).max().orElse(0);
        for (BinaryOperator op : all) {
          out.printf("%-" + idWidth + "s  %-" + nameWidth + "s  %s%n", op.id(), op.displayName(), op.reference());
        }
      }
      case "architectures" -> {
        int width = Architectures.ids().stream().mapToInt(String::length).max().orElse(0);
        Architectures.ids().forEach(id -> out.printf("%-" + width + "s  %s%n", id, Architectures.byId(id).description()));
      }
      case "tasks" -> Tasks.all().forEach(out::println);
      case "tracks" -> Tracks.all().forEach(track -> out.printf("%-14s %s%n", track.id(), track.description()));
      case "suites" -> Suites.BUILT_IN.forEach(out::println);
      case "suite" -> {
        if (suite == null) {
          throw new BadInputException("list suite needs a suite name", "e.g. bibench list suite quick");
        }
        if (!Suites.BUILT_IN.contains(suite)) {
          throw new BadInputException("'" + suite + "' is not a built-in suite",
              "use one of: " + String.join(", ", Suites.BUILT_IN) + " (a suite file is printed by: cat FILE)");
        }
        Suites.load(suite);
        out.print(Suites.builtInText(suite));
      }
      default -> throw new BadInputException("cannot list '" + what + "'",
          "use one of: operators, architectures, tasks, tracks, suites, suite <name>");
    }
    return Bibench.DONE;
  }
}
