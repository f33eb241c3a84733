package bibench.harness.tables;

import static bibench.harness.testing.Rows.epochTime;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrainingTableTest {
  private static final List<String> GRID = List.of("sgd-1e-1-cosine", "sgd-1e-1-step", "adam-1e-3-cosine",
      "adam-1e-3-step");

  private static void add(List<ResultRow> rows, String op, double[] scores, double[] times) {
    for (int i = 0; i < GRID.size(); i++) {
      rows.add(score("training", "optdigits", "mlp", op, GRID.get(i), 1, scores[i]));
      rows.add(epochTime("training", "optdigits", "mlp", op, GRID.get(i), 1, times[i]));
    }
  }

  @Test
  void timeAndSensitivityRatiosAgainstFp32() {
    List<ResultRow> rows = new ArrayList<>();
    add(rows, "fp32", new double[] {90, 92, 94, 96}, new double[] {1.0, 1.2, 1.4, 1.6});
    add(rows, "bnn", new double[] {80, Double.NaN, 84, 86}, new double[] {2.6, 2.6, 2.6, 2.6});
    Table cells = TrainingTable.build(RowsTable.of(rows)).cells();
    assertEquals(List.of("model", "operator", "T (s/epoch)", "S (points)", "T_fp32 / T", "S_fp32 / S", "O_train",
        "settings"), cells.columnNames());
    // FP32: mean 93, deviations -3 -1 1 3: population variance 20 / 4 = 5
    double sFp = Math.sqrt(5);
    // bnn: the diverged setting scores 0: values 80 0 84 86, mean 62.5, squared deviations sum 5227
    double sBnn = Math.sqrt(5227.0 / 4);
    double rt = 1.3 / 2.6;
    double rs = sFp / sBnn;
    assertEquals(List.of("optdigits/mlp", "fp32", "1.300", "2.24", "1.000", "1.000", "100.00", "4"),
        RobustnessTableTest.row(cells, 0));
    assertEquals(List.of("optdigits/mlp", "bnn", "2.600", String.format(Locale.ROOT, "%.2f", sBnn), "0.500",
        String.format(Locale.ROOT, "%.3f", rs), String.format(Locale.ROOT, "%.2f", Math.sqrt((rt * rt + rs * rs) / 2) * 100),
        "4 (1 diverged)"), RobustnessTableTest.row(cells, 1));
    assertEquals("36.15", cells.getString(1, 3));
  }
}
