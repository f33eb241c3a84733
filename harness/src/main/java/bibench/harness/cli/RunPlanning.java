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
import java.util.List;

/** The inputs of a run (see {@link RunInputs}) from what {@code bibench run} planned. */
final class RunPlanning {
  private RunPlanning() {}

  static RunInputs inputs(String commit, Suite suite, List<String> operators, String shard, List<Cell> cells,
      DataSources sources, Path dataDir, int workers) {
    List<String> tracks = new ArrayList<>();
    List<RunInputs.PlannedCell> planned = new ArrayList<>();
    for (Cell cell : cells) {
      if (!tracks.contains(cell.track())) {
        tracks.add(cell.track());
      }
      planned.add(new RunInputs.PlannedCell(cell.track(), cell.label(), cell.definition()));
    }
    RunInputs.SuiteText text = new RunInputs.SuiteText(suite.name(), suite.description(), suite.source(),
        suiteText(suite.source()));
    Engine engine = Engine.getInstance();
    return new RunInputs(commit, text, tracks, operators, suite.seeds(), shard, workers,
        DataInputs.locate(sources, dataDir, suite.tasks()),
        RunInputs.EngineInfo.of(engine.getEngineName(), engine.getVersion()), planned);
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
