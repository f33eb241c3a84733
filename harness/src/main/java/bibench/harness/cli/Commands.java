package bibench.harness.cli;

import bibench.BadInputException;
import bibench.data.Tasks;
import bibench.harness.results.ResultsCsv;
import bibench.harness.results.RunDirectory;
import bibench.harness.suite.Suites;
import bibench.harness.tables.Tables;
import bibench.models.Architectures;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Dispatches the command-line verbs. */
public final class Commands {
  static final String USAGE = """
      usage: bibench <command> [options]

        run      run a suite:  --suite smoke|quick|standard|paper|<file.json>  --operators a,b
                               --tracks learning_task  --data-dir DIR  --out DIR (default target/bibench)
                               --shard k/n (a deterministic share of the cells)  --fresh (do not resume)
        list     list operators | architectures | tasks | tracks | suites, or print one suite: list suite quick
        report   print the tables of a finished run:  report [target/bibench/<run-id>]
        summary  per-layer deployed cost of a model:  summary resnet18 --operator bnn --input 3,32,32
                 [--classes 10 --vocabulary 0 --width 0]
        help     this text

      Add --stacktrace to see where an error came from.
      """;

  private Commands() {}

  /** Runs the verb in {@code args[0]}. */
  public static int dispatch(String[] args, PrintStream out) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "run" -> new RunCommand(out).execute(CliArgs.parse("run", rest, RunCommand.OPTIONS, RunCommand.SWITCHES));
      case "list" -> list(CliArgs.parse("list", rest, Set.of(), Set.of()), out);
      case "report" -> report(CliArgs.parse("report", rest, Set.of(), Set.of()), out);
      case "summary" -> SummaryCommand.execute(CliArgs.parse("summary", rest, SummaryCommand.OPTIONS, Set.of()), out);
      default -> throw new BadInputException("unknown command '" + args[0] + "'",
          "use one of: run, list, report, summary, help");
    };
  }

  private static int list(CliArgs args, PrintStream out) {
    List<String> what = args.positional();
    String kind = what.isEmpty() ? "operators" : what.get(0);
    switch (kind) {
      case "operators" -> {
        for (BinaryOperator op : Operators.all()) {
          out.printf("%-8s %-10s %s%n", op.id(), op.displayName(), op.reference());
        }
      }
      case "architectures" -> Architectures.ids().forEach(id ->
          out.printf("%-18s %s%n", id, Architectures.byId(id).description()));
      case "tasks" -> Tasks.all().forEach(info -> out.println(info));
      case "tracks" -> TrackCells.TRACKS.forEach(out::println);
      case "suites" -> Suites.BUILT_IN.forEach(out::println);
      case "suite" -> {
        if (what.size() < 2) {
          throw new BadInputException("list suite needs a suite name", "e.g. bibench list suite quick");
        }
        Suites.load(what.get(1));
        out.print(Suites.builtInText(what.get(1)));
      }
      default -> throw new BadInputException("cannot list '" + kind + "'",
          "use one of: operators, architectures, tasks, tracks, suites, suite <name>");
    }
    return 0;
  }

  private static int report(CliArgs args, PrintStream out) {
    Path dir = Path.of(args.positional().isEmpty() ? "target/bibench/latest" : args.positional().get(0));
    Path file = Files.isDirectory(dir) ? dir.resolve(RunDirectory.RESULTS) : dir;
    out.print(Tables.render(ResultsCsv.read(file)));
    return 0;
  }
}
