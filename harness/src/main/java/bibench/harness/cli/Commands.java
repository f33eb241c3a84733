package bibench.harness.cli;

import bibench.BadInputException;
import bibench.data.Tasks;
import bibench.harness.gate.GateCommand;
import bibench.harness.merge.MergeCommand;
import bibench.harness.publish.PublishCommands;
import bibench.harness.report.ReportCommand;
import bibench.harness.suite.Suites;
import bibench.models.Architectures;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import java.io.PrintStream;
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
        report   write report.md, report.html and the export into a run's folder; print the Markdown:
                 report [target/bibench/<run-id>]  (default target/bibench/latest)
        export   write benchmark-bigger-is-better.json / benchmark-smaller-is-better.json
                 (github-action-benchmark) into a run's folder:  export [run-dir]
        compare  regression gate against the baseline of the run's suite; exit 1 on a regression or a
                 missing metric:  compare [run-dir] --baseline DIR (default results/baseline: uses
                 results/baseline/<suite>/) [--warn-only]
        baseline make a finished run the baseline of its suite:  baseline <run-dir> [--baseline DIR]
        publish  copy a run and its report to results/published/<date>-<suite>-<machine>/:
                 publish <run-dir> [--published DIR]
        merge    join the folders of a sharded run (run --shard k/n), then gate the whole:
                 merge <shard-dir>... --out DIR [--baseline DIR] [--warn-only]
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
      case "report" -> ReportCommand.report(CliArgs.parse("report", rest, Set.of(), Set.of()), out);
      case "export" -> ReportCommand.export(CliArgs.parse("export", rest, Set.of(), Set.of()), out);
      case "compare" -> GateCommand.execute(CliArgs.parse("compare", rest, GateCommand.OPTIONS, GateCommand.SWITCHES), out);
      case "baseline" -> PublishCommands.baseline(CliArgs.parse("baseline", rest, PublishCommands.BASELINE_OPTIONS, Set.of()), out);
      case "publish" -> PublishCommands.publish(CliArgs.parse("publish", rest, PublishCommands.PUBLISH_OPTIONS, Set.of()), out);
      case "merge" -> MergeCommand.execute(CliArgs.parse("merge", rest, MergeCommand.OPTIONS, MergeCommand.SWITCHES), out);
      case "summary" -> SummaryCommand.execute(CliArgs.parse("summary", rest, SummaryCommand.OPTIONS, Set.of()), out);
      default -> throw new BadInputException("unknown command '" + args[0] + "'",
          "use one of: run, list, report, export, compare, baseline, publish, merge, summary, help");
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
}
