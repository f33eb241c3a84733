package bibench.harness.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.harness.inference.InferenceCells;
import bibench.operators.Operators;
import bibench.tracks.TrainingTrackPlan;
import bibench.tracks.TaskPlan;
import bibench.train.LrSchedule;
import bibench.train.OptimizerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuitesTest {
  @TempDir Path dir;

  private String error(String json) throws IOException {
    Path file = dir.resolve("my.json");
    Files.writeString(file, json);
    return assertThrows(BadInputException.class, () -> Suites.load(file.toString())).getMessage();
  }

  private static String suite(String learningTask) {
    return "{\"name\": \"mine\", \"tracks\": {\"learning_task\": " + learningTask + "}}";
  }

  private static final String RECIPES = "\"defaults\": {\"fp32\": {\"optimizer\": \"adam\", \"lr\": 0.001, \"epochs\": 2},"
      + " \"binary\": {\"optimizer\": \"sgd\", \"lr\": 0.1, \"schedule\": \"step\", \"epochs\": 3}}";

  @Test
  void theBuiltInSmokeAndQuickSuitesParse() {
    for (String name : Suites.BUILT_IN) {
      Suite suite = Suites.load(name);
      assertEquals(name, suite.name());
      assertEquals("fp32", suite.operators().get(0), name);
      assertTrue(suite.operators().containsAll(Operators.bibenchIds()), name + ": every built-in suite runs BiBench's operators");
      assertTrue(suite.plan("learning_task") instanceof TrainingTrackPlan plan && !plan.plans().isEmpty(), name);
    }
  }

  @Test
  void aTaskInheritsTheTrackDefaultsAndOverridesSingleKeys() throws IOException {
    Path file = dir.resolve("ok.json");
    Files.writeString(file, suite("{" + RECIPES + ", \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\","
        + " \"binary\": {\"epochs\": 7}, \"seeds\": [3, 4]}]}"));
    TaskPlan plan = ((TrainingTrackPlan) Suites.load(file.toString()).plan("learning_task")).plans().get(0);
    assertEquals(OptimizerKind.ADAM, plan.fp32().optimizer());
    assertEquals(LrSchedule.COSINE, plan.fp32().schedule());
    assertEquals(OptimizerKind.SGD, plan.binary().optimizer());
    assertEquals(7, plan.binary().epochs());
    assertEquals(0.9f, plan.binary().momentum());
    assertEquals(1e-4f, plan.binary().weightDecay());
    assertEquals(java.util.List.of(3L, 4L), plan.seeds());
  }

  @Test
  void anUnknownKeyIsNamedWithTheAllowedOnes() throws IOException {
    String message = error(suite("{" + RECIPES + ", \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\", \"epoch\": 3}]}"));
    assertTrue(message.contains("my.json: tracks.learning_task.tasks[0].epoch is not a known key"), message);
    assertTrue(message.contains("Fix: use one of: arch, binary, fp32, from_scratch, max_test, max_train, points, seeds, task, width"),
        message);
  }

  @Test
  void aWrongTypeANegativeEpochCountAndAnEmptyGridAreOneErrorEach() throws IOException {
    assertTrue(error(suite("{" + RECIPES + ", \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\", \"width\": \"wide\"}]}"))
        .contains("tracks.learning_task.tasks[0].width must be an integer from 0 to 1,048,576, got \"wide\""));
    assertTrue(error(suite("{" + RECIPES + ", \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\", \"fp32\": {\"epochs\": -3}}]}"))
        .contains("tracks.learning_task.tasks[0].fp32.epochs must be an integer from 1 to 100,000, got -3"));
    assertTrue(error(suite("{" + RECIPES + ", \"tasks\": []}"))
        .contains("tracks.learning_task.tasks must be a non-empty list of objects, got []"));
    assertTrue(error("{\"name\": \"x\", \"seeds\": [], \"tracks\": {}}").contains("seeds must be a non-empty list of integers"));
  }

  @Test
  void unknownOperatorsArchitecturesAndSuitesListTheKnownOnes() throws IOException {
    assertTrue(error("{\"name\": \"x\", \"operators\": [\"bnnn\"], \"tracks\": {}}")
        .startsWith("unknown operator 'bnnn'. Fix: use one of: bnn, xnor"));
    assertTrue(error(suite("{" + RECIPES + ", \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"resnet99\"}]}"))
        .startsWith("unknown architecture 'resnet99'. Fix: use one of: mlp, cnn-small"));
    String message = assertThrows(BadInputException.class, () -> Suites.load("quik")).getMessage();
    assertEquals("unknown suite 'quik' (no built-in suite and no such file). Fix: use one of: smoke, quick, "
        + "standard, paper, beyond, or the path of a suite JSON file", message);
  }

  @Test
  void theInferenceSectionIsReadAndItsNamesChecked() throws IOException {
    Path file = dir.resolve("inference.json");
    Files.writeString(file, "{\"name\": \"inf\", \"tracks\": {\"inference\": {\"gemm\": [\"256x256x256\"],"
        + " \"conv\": [\"C64_56X56\"], \"models\": [{\"arch\": \"resnet18\", \"batch\": [1, 32], \"threads\": [1, 2]}],"
        + " \"forks\": 2, \"warmup\": 3, \"iterations\": 2, \"iteration_ms\": 250}}}");
    Suite suite = Suites.load(file.toString());
    InferenceCells inference = (InferenceCells) suite.plan("inference");
    assertEquals(java.util.List.of("256x256x256"), inference.gemmShapes());
    assertEquals(java.util.List.of(1, 32), inference.models().get(0).batches());
    assertEquals(new bibench.harness.inference.JmhRuns(2, 3, 2, 250), inference.jmh());
    // the roofline + 1 gemm cell + 1 conv cell + 2 batches x 2 thread counts, all timing
    assertEquals(7, inference.cells(suite.operators()).size());
    assertTrue(inference.cells(suite.operators()).stream().allMatch(c -> c.needsQuietMachine()));
    assertTrue(error("{\"name\": \"x\", \"tracks\": {\"inference\": {\"gemm\": [\"1024x1024\"]}}}")
        .contains("1024x1024"));
    assertTrue(error("{\"name\": \"x\", \"tracks\": {\"inference\": {\"conv\": [\"C65\"]}}}").contains("C65"));
    assertTrue(error("{\"name\": \"x\", \"tracks\": {\"inference\": {\"warmup\": 1}}}")
        .contains("tracks.inference.warmup must be an integer from 3 to 1,000, got 1"));
  }

  @Test
  void brokenJsonIsNamed() throws IOException {
    assertTrue(error("{\"name\": ").contains("my.json is not valid strict JSON"));
  }
}
