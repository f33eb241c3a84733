package bibench.tracks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import bibench.train.LrSchedule;
import bibench.train.OptimizerKind;
import bibench.train.TrainingRecipe;
import org.junit.jupiter.api.Test;

/** A model too large for the machine stops before anything is allocated (issue 15, item 7). */
class TrainingMemoryTest {

  private static final TrainingRecipe ADAM =
      new TrainingRecipe(OptimizerKind.ADAM, 0.001f, LrSchedule.COSINE, 1, 64, 0, 0);

  private static ModelSpec digits(int width) {
    return new ModelSpec(new int[] {1, 8, 8}, 10, 0, width);
  }

  @Test
  void aWidthThatNeedsHundredsOfGigabytesIsRefusedNamingItAndTheEstimate() {
    BadInputException e = assertThrows(BadInputException.class, () -> TrainingMemory.require(
        Architectures.byId("mlp"), Operators.create("fp32"), digits(300_000), ADAM,
        "the fp32 model of optdigits/mlp (width 300000, batch_size 64)"));
    String m = e.getMessage();
    assertTrue(m.contains("width 300000"), m);
    assertTrue(m.contains("needs about") && m.contains("GiB"), m);
    assertTrue(m.contains(" parameters;"), m);
    assertTrue(m.contains("Fix: lower width"), m);
  }

  @Test
  void theEstimateCountsWeightsGradientsAdamStateAndActivations() {
    TrainingMemory.Estimate e = TrainingMemory.estimate(Architectures.byId("mlp"),
        Operators.create("bnn"), digits(300_000), ADAM);
    assertTrue(e.parameters() > 2 * 300_000L * 300_000L, e.toString());
    assertTrue(e.nativeBytes() >= 16.0 * e.parameters(), e.toString());
    assertTrue(e.nativeBytes() > 512e9, e.toString());
  }

  @Test
  void aSmokeSizedModelPasses() {
    TrainingMemory.require(Architectures.byId("mlp"), Operators.create("bnn"), digits(64), ADAM,
        "the bnn model of optdigits/mlp (width 64, batch_size 64)");
    TrainingMemory.Estimate e = TrainingMemory.estimate(Architectures.byId("mlp"),
        Operators.create("bnn"), digits(64), ADAM);
    assertTrue(e.nativeBytes() < 10e6, e.toString());
  }
}
