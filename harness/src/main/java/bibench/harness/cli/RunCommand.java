package bibench.harness.cli;

import ai.djl.engine.Engine;
import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.harness.results.GitInfo;
import bibench.harness.results.Provenance;
import bibench.harness.results.ResultsCsv;
import bibench.harness.results.RunDirectory;
import bibench.harness.suite.Suite;
import bibench.harness.suite.Suites;
import bibench.harness.tables.Tables;
import bibench.operators.Operators;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.CheckpointStore;
import bibench.tracks.LearningTaskTrack;
import bibench.tracks.RunContext;
import bibench.harness.results.AtomicFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bibench run}: runs a suite's cells one after another, writing the result rows after every
 * cell, then prints and writes the tables.
 */
final class RunCommand {
  static final Set<String> OPTIONS = Set.of("suite", "operators", "tracks", "data-dir", "out");

  private final PrintStream out;

  RunCommand(PrintStream out) {
    this.out = out;
  }

  int execute(CliArgs args) {
    Suite suite = Suites.load(args.option("suite", "quick"));
    List<String> operators = operatorsFor(suite, args.list("operators"));
    List<String> tracks = args.list("tracks");
    DataSources sources = DataSources.resolve(args.has("data-dir") ? Path.of(args.option("data-dir", "")) : null);
    List<Cell> cells = cells(suite, operators, tracks);

    String commit = GitInfo.commit();
    RunDirectory run = new RunDirectory(Path.of(args.option("out", "target/bibench")),
        RunDirectory.newRunId(GitInfo.shortCommit(commit))).create();
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("suite_source", suite.source());
    extra.put("operators", String.join(",", operators));
    extra.put("data_roots", sources.roots().toString());
    Provenance provenance = Provenance.collect(run.runId(), suite.name(), commit, suite.seeds(),
        Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion(), extra);
    provenance.write(run.file("provenance.json"));
    out.printf(Locale.ROOT, "BiBench-J run %s: suite %s, %d cells, %s%n", run.runId(), suite.name(), cells.size(),
        provenance.get("cpu_model"));
    out.println("results: " + run.dir().toAbsolutePath());

    RunContext context = new RunContext(run.runId(), new HarnessData(sources),
        new CheckpointStore(run.file("checkpoints")), line -> out.println(line), run.dir());
    List<ResultRow> rows = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      long cellStart = System.nanoTime();
      List<ResultRow> cellRows = cell.run(context);
      rows.addAll(cellRows);
      ResultsCsv.write(run.file(RunDirectory.RESULTS), rows);
      out.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%n", i + 1, cells.size(), cell.label(), summary(cellRows),
          (System.nanoTime() - cellStart) / 1e9);
    }
    run.markLatest();
    String tables = Tables.render(rows);
    AtomicFiles.writeString(run.file("tables.md"), tables);
    out.println();
    out.print(tables);
    out.printf(Locale.ROOT, "%nDone in %.1f min. Rows: %s%n", (System.nanoTime() - start) / 60e9,
        run.file(RunDirectory.RESULTS).toAbsolutePath());
    return 0;
  }

  private static List<String> operatorsFor(Suite suite, List<String> requested) {
    if (requested == null) {
      return suite.operators();
    }
    List<String> ids = new ArrayList<>();
    ids.add("fp32");
    for (String id : requested) {
      String canonical = Operators.create(id).id();
      if (!ids.contains(canonical)) {
        ids.add(canonical);
      }
    }
    return ids;
  }

  private static List<Cell> cells(Suite suite, List<String> operators, List<String> tracks) {
    List<String> known = List.of(LearningTaskTrack.ID);
    if (tracks != null) {
      for (String t : tracks) {
        if (!known.contains(t)) {
          throw new BadInputException("unknown track '" + t + "'", "use one of: " + String.join(", ", known));
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    if ((tracks == null || tracks.contains(LearningTaskTrack.ID)) && !suite.learningTask().isEmpty()) {
      cells.addAll(LearningTaskTrack.cells(suite.learningTask(), operators));
    }
    if (cells.isEmpty()) {
      throw new BadInputException("suite " + suite.name() + " has no cells for the tracks asked for",
          "drop --tracks, or pick tracks the suite defines");
    }
    return cells;
  }

  private static String summary(List<ResultRow> rows) {
    for (ResultRow r : rows) {
      if (r.metric().equals("score")) {
        return Double.isNaN(r.value()) ? "diverged" : String.format(Locale.ROOT, "score %.2f %s", r.value(), r.unit());
      }
    }
    return rows.size() + " rows";
  }
}
