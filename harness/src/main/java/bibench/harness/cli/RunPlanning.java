package bibench.harness.cli;

import ai.djl.engine.Engine;
import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.harness.results.DataInputs;
import bibench.harness.results.RunInputs;
import bibench.harness.suite.Suite;
import bibench.harness.suite.Suites;
import bibench.tracks.Cell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inputs of a run (see {@link RunInputs}) from what {@code bibench run} planned. */
final class RunPlanning {
  private RunPlanning() {}

  /**
   * Stops a worker (exit 2) unless the run in {@code runDir} was started by {@code commit} with the
   * very cells in {@code cells}.
   */
  static void checkSameCells(Path runDir, String commit, List<Cell> cells) {
    bibench.harness.results.Provenance p;
    try {
      p = bibench.harness.results.Provenance.read(runDir.resolve(bibench.harness.results.Provenance.FILE));
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("worker: cannot read the provenance of its run in " + runDir,
          "start workers through bibench run");
    }
    if (!p.get("commit").equals(commit) || !p.get("cells_sha256").equals(RunInputs.cellsHash(planned(cells)))) {
      throw new BadInputException("worker: the cells it planned differ from its run's (" + runDir + ")",
          "start workers through bibench run, with the same code and options");
    }
  }

  private static List<RunInputs.PlannedCell> planned(List<Cell> cells) {
    List<RunInputs.PlannedCell> planned = new ArrayList<>();
    for (Cell cell : cells) {
      planned.add(new RunInputs.PlannedCell(cell.track(), cell.label(), cell.definition()));
    }
    return planned;
  }

  static RunInputs inputs(String commit, RunPlan plan, Path dataDir, int workers) {
    Suite suite = plan.suite();
    List<Cell> cells = plan.cells();
    List<String> tracks = new ArrayList<>();
    for (Cell cell : cells) {
      if (!tracks.contains(cell.track())) {
        tracks.add(cell.track());
      }
    }
    RunInputs.SuiteText text = new RunInputs.SuiteText(suite.name(), suite.description(), suite.source(),
        suiteText(suite.source()));
    Map<String, Object> extra = new LinkedHashMap<>(plan.device().provenance());
    String device = String.valueOf(extra.remove("device"));
    if (plan.shard().count() > 1) {
      extra.put("shard_costs", plan.costs().hash());
    }
    if (plan.validation() > 0) {
      extra.put("scored_on", "validation: a held-out " + plan.validation() + " of each training split");
    }
    Engine engine = Engine.getInstance();
    RunInputs.EngineInfo base = RunInputs.EngineInfo.of(engine.getEngineName(), engine.getVersion());
    return new RunInputs(commit, text, tracks, plan.operators(), suite.seeds(), plan.shard().toString(), workers,
        DataInputs.locate(plan.sources(), dataDir, suite.tasks()),
        new RunInputs.EngineInfo(base.name(), base.version(), base.threads(), base.interopThreads(), device),
        planned(cells), plan.validation(), extra);
  }

  /** The text a suite was read from: a built-in suite's resource, or its file. */
  static String suiteText(String source) {
    if (Suites.BUILT_IN.contains(source)) {
      return Suites.builtInText(source);
    }
    try {
      return Files.readString(Path.of(source), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot read suite file " + source + ": " + e.getMessage(), "check its permissions", e);
    }
  }
}
