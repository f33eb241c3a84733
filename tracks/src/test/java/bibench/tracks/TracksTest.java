package bibench.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tracks are found through the registry, run in a stable order, and read their own suite sections. */
class TracksTest {
  private static final SuiteContext SUITE = new SuiteContext(List.of(7L));

  private static JsonNode section(String json) {
    return JsonNode.parse("my.json", "{\"tracks\": {\"t\": " + json + "}}").object("tracks").object("t");
  }

  @Test
  void tracksRunByPhaseThenOrderAndAPlugInSlotsIn() {
    // the tests' services file adds ExampleTrack (ANALYTIC, order 5); the inference track lives in the harness
    assertEquals(List.of("learning_task", "architecture", "robustness", "training", "example", "complexity"), Tracks.ids());
    for (Track track : Tracks.all()) {
      assertTrue(!track.description().isBlank() && !track.description().contains("\n"), track.id());
    }
  }

  @Test
  void aPlugInTrackReadsItsSectionAndYieldsItsCells() {
    Track example = Tracks.all().stream().filter(t -> t.id().equals("example")).findFirst().orElseThrow();
    JsonNode node = section("{\"repeats\": 2}");
    List<Cell> cells = example.read(node, SUITE).cells(List.of("fp32", "bnn"));
    node.finish();
    assertEquals(List.of("fp32 #0", "fp32 #1", "bnn #0", "bnn #1"), cells.stream().map(Cell::label).toList());
    JsonNode unknown = section("{\"repeat\": 2}");
    example.read(unknown, SUITE);
    assertEquals("my.json: tracks.t.repeat is not a known key. Fix: use one of: repeats",
        assertThrows(BadInputException.class, unknown::finish).getMessage());
  }

  @Test
  void theLearningTaskTrackInheritsDefaultsAndTheSuiteSeeds() {
    TrainingTrackPlan plan = (TrainingTrackPlan) new LearningTaskTrack().read(section("{\"defaults\": {\"fp32\": "
        + "{\"optimizer\": \"adam\", \"lr\": 0.001, \"epochs\": 2}, \"binary\": {\"optimizer\": \"sgd\", \"lr\": 0.1,"
        + " \"epochs\": 1}}, \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\"}]}"), SUITE);
    assertEquals(List.of(7L), plan.seeds());
    assertEquals(List.of("optdigits"), plan.tasks());
    assertEquals(2, plan.cells(List.of("fp32", "bnn")).size());
    String message = assertThrows(BadInputException.class, () -> new LearningTaskTrack().read(section("{\"tasks\": "
        + "[{\"task\": \"optdigits\", \"arch\": \"mlp\", \"fp32\": {\"optimizer\": \"adamw\"}}]}"), SUITE)).getMessage();
    assertEquals("my.json: tracks.t.tasks[0].fp32.optimizer is 'adamw'. Fix: use one of: sgd, adam", message);
  }

  @Test
  void robustnessSeveritiesAndTrainingGridsAreChecked() {
    String recipes = "\"defaults\": {\"fp32\": {\"optimizer\": \"adam\", \"lr\": 0.001, \"epochs\": 1}, "
        + "\"binary\": {\"optimizer\": \"adam\", \"lr\": 0.001, \"epochs\": 1}}, "
        + "\"tasks\": [{\"task\": \"fashion-mnist\", \"arch\": \"cnn-small\"}]";
    assertEquals("my.json: tracks.t.severities[0] must be an integer from 1 to 5, got 6 (out of range). Fix: edit"
        + " the suite file (keys and their ranges: README.md, Suites)", assertThrows(
        BadInputException.class, () -> new RobustnessTrack().read(section("{" + recipes + ", \"severities\": [6]}"), SUITE))
        .getMessage());
    assertEquals("my.json: tracks.t.grid[0].lr is missing. Fix: add \"lr\" to every grid point", assertThrows(
        BadInputException.class, () -> new TrainingConsumptionTrack().read(section("{\"tasks\": [{\"task\": \"optdigits\","
            + " \"arch\": \"mlp\"}], \"grid\": [{\"optimizer\": \"sgd\"}]}"), SUITE)).getMessage());
    assertEquals(8, new TrainingConsumptionTrack().read(section("{\"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\"}]}"),
        SUITE).grid().size());
  }
}
