package bibench.harness.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LearningTaskTableTest {

  private static ResultRow score(String task, String op, long seed, double value) {
    return ResultRow.single("r", "learning_task", task, "mlp", op, "finetune", seed, "score", value, "%", true);
  }

  @Test
  void relativeScoresAndTheQuadraticMeanFollowBiBench() {
    List<ResultRow> rows = new ArrayList<>(List.of(
        score("a", "fp32", 1, 90), score("a", "fp32", 2, 92),
        score("a", "bnn", 1, 72), score("a", "bnn", 2, 76),
        score("b", "fp32", 1, 50),
        score("b", "bnn", 1, 40),
        score("a", "xnor", 1, Double.NaN), score("a", "xnor", 2, Double.NaN),
        score("b", "xnor", 1, -10)));
    BenchTable table = LearningTaskTable.build(RowsTable.of(rows), "learning_task", "Learning task", "O_task");
    Table cells = table.cells();
    assertEquals(List.of("operator", "a/mlp", "a/mlp A", "b/mlp", "b/mlp A", "O_task"), cells.columnNames());
    assertEquals(List.of("fp32", "bnn", "xnor"), cells.stringColumn("operator").asList());
    // bnn: A_a = 74 / 91, A_b = 40 / 50; O_task = sqrt((A_a^2 + A_b^2) / 2) * 100
    double aA = 74.0 / 91.0;
    double aB = 0.8;
    // std of {72, 76} = 2.828; 95% CI half-width = t(0.975, 1) * std / sqrt(2) = 12.706 * 2.828 / 1.414
    assertEquals("74.00 ± 2.83 [±25.41]", cells.getString(1, 1));
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", aA), cells.getString(1, 2));
    assertEquals(String.format(java.util.Locale.ROOT, "%.2f", Math.sqrt((aA * aA + aB * aB) / 2) * 100), cells.getString(1, 5));
    // xnor diverged on every seed of a (A = 0) and has a negative score on b (floored at 0)
    assertEquals("diverged", cells.getString(2, 1));
    assertEquals("0.000", cells.getString(2, 2));
    assertEquals("0.000", cells.getString(2, 4));
    assertEquals("0.00", cells.getString(2, 5));
    assertEquals("100.00", cells.getString(0, 5));
  }

  @Test
  void theMarkdownIsAlignedAndCarriesTheNotes() {
    List<ResultRow> rows = List.of(score("a", "fp32", 1, 90), score("a", "bnn", 1, 45));
    String markdown = LearningTaskTable.build(RowsTable.of(rows), "learning_task", "Learning task", "O_task").markdown();
    assertEquals("""
        ### Learning task

        | operator | a/mlp | a/mlp A | O_task |
        |:---------|------:|--------:|-------:|
        | fp32     | 90.00 |   1.000 | 100.00 |
        | bnn      | 45.00 |   0.500 |  50.00 |

        Scores in % (accuracy; Matthews correlation for CoLA; mean of accuracy and F1 for MRPC). With several seeds a cell reads mean ± std [± half-width of the 95% Student-t confidence interval of the mean].
        A = max(0, score) / score of FP32 on the same task and architecture; O_task = qmean(A) * 100.
        """, markdown);
  }
}
