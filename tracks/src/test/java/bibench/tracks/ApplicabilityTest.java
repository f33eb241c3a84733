package bibench.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.complexity.ComplexityPlan;
import bibench.results.ResultRow;
import bibench.train.LrSchedule;
import bibench.train.TrainingRecipe;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operators that only change attention are "n/a" on architectures without attention, and
 * operators the kernels cannot deploy say "unsupported": one row each, nothing trained or loaded.
 */
class ApplicabilityTest {
  private static final TrainingRecipe RECIPE = TrainingRecipe.adam(1e-3f, LrSchedule.COSINE, 1, 8);
  private static final RunContext NO_DATA = new RunContext("run-1", (task, train, test, points) -> {
    throw new AssertionError("a cell that does not apply loads no data");
  }, new CheckpointStore(null), null, null);

  private static TaskPlan plan(String arch) {
    return new TaskPlan("optdigits", arch, 0, 0, 0, 0, RECIPE, RECIPE, false, List.of(3L));
  }

  @Test
  void attentionOnlyOperatorsApplyToTransformersAlone() {
    assertFalse(Applicability.applies("bivit", "mlp"));
    assertFalse(Applicability.applies("bnn:attention=sab", "resnet20"));
    assertTrue(Applicability.applies("bivit", "transformer"));
    assertTrue(Applicability.applies("bnn:attention=sab", "bert-base"));
    assertTrue(Applicability.applies("bnn", "mlp"));
    assertTrue(Applicability.applies("pbllm", "mlp"));
  }

  @Test
  void aTrainingCellThatDoesNotApplyWritesOneNotApplicableRow() {
    List<ResultRow> rows = new TrainingCell("learning_task", plan("mlp"), "bivit", 3, "finetune").run(NO_DATA);
    assertEquals(1, rows.size());
    ResultRow row = rows.get(0);
    assertEquals(Applicability.NOT_APPLICABLE, row.metric());
    assertEquals(1, row.value());
    assertEquals("bivit", row.operator());
    assertEquals("mlp", row.arch());
    assertEquals(3, row.seed());
    List<ResultRow> complexity = ComplexityTrack.cells(
        List.of(new ComplexityPlan("resnet20", new int[] {3, 32, 32}, 10, 0, 0)), List.of("bivit")).get(1).run(NO_DATA);
    assertEquals(List.of(Applicability.NOT_APPLICABLE), complexity.stream().map(ResultRow::metric).toList());
  }

  @Test
  void aDeploymentCheckTheKernelsCannotRunWritesOneUnsupportedRow() {
    assertTrue(Applicability.deployable("bnn") && Applicability.deployable("biper") && Applicability.deployable("fp32"));
    assertTrue(Applicability.deployable("bitnet158-a1"), "ternary x 1-bit kernels");
    assertTrue(Applicability.deployable("pbllm"), "binary plus sparse FP32 kernels");
    for (String op : List.of("bitnet158", "bitnet158-median")) {
      assertFalse(Applicability.deployable(op), op);
      List<Cell> cells = DeployChecks.cells(List.of(plan("mlp")), List.of(op));
      List<ResultRow> rows = cells.get(cells.size() - 1).run(NO_DATA);
      assertEquals(1, rows.size(), op);
      assertEquals(Applicability.UNSUPPORTED, rows.get(0).metric(), op);
      assertEquals(op, rows.get(0).operator());
    }
  }
}
