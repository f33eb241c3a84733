package bibench.harness.tables;

import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RobustnessTableTest {

  private static void add(List<ResultRow> rows, String op, long seed, double clean, String corruption,
      double... severities) {
    if (rows.stream().noneMatch(r -> r.operator().equals(op) && r.seed() == seed && r.setting().equals("clean"))) {
      rows.add(score("robustness", "fashion-mnist", "cnn-small", op, "clean", seed, clean));
    }
    for (int s = 0; s < severities.length; s++) {
      rows.add(score("robustness", "fashion-mnist", "cnn-small", op, corruption + "/" + (s + 1), seed, severities[s]));
    }
  }

  private static List<ResultRow> rows() {
    List<ResultRow> rows = new ArrayList<>();
    // gaussian_noise: FP32 gap 6 on both seeds; bnn gaps 8 and 6 (mean 7)
    add(rows, "fp32", 1, 90, "gaussian_noise", 88, 86, 84, 82, 80);
    add(rows, "fp32", 2, 92, "gaussian_noise", 90, 88, 86, 84, 82);
    add(rows, "bnn", 1, 70, "gaussian_noise", 66, 64, 62, 60, 58);
    add(rows, "bnn", 2, 74, "gaussian_noise", 72, 70, 68, 66, 64);
    // contrast: FP32 gap 0.2 (< 0.5): no ratio, left out of O_robust
    add(rows, "fp32", 1, 90, "contrast", 89.8, 89.8, 89.8, 89.8, 89.8);
    add(rows, "fp32", 2, 92, "contrast", 91.8, 91.8, 91.8, 91.8, 91.8);
    add(rows, "bnn", 1, 70, "contrast", 60, 60, 60, 60, 60);
    add(rows, "bnn", 2, 74, "contrast", 64, 64, 64, 64, 64);
    return rows;
  }

  @Test
  void gapsRatiosAndTheOverallFollowBiBench() {
    List<BenchTable> tables = RobustnessTable.build(RowsTable.of(rows()));
    Table overall = tables.get(0).cells();
    assertEquals(List.of("model", "operator", "clean", "corruptions scored", "left out", "O_robust"),
        overall.columnNames());
    // clean of fp32 {90, 92}: std 1.414, CI = 12.706 * 1.414 / sqrt(2) = 12.71
    assertEquals(List.of("fashion-mnist/cnn-small", "fp32", "91.00 ± 1.41 [±12.71]", "1", "contrast", "100.00"),
        row(overall, 0));
    // bnn: only gaussian_noise scores: O_robust = qmean(6 / 7) * 100 = 85.71
    assertEquals(List.of("fashion-mnist/cnn-small", "bnn", "72.00 ± 2.83 [±25.41]", "1", "contrast", "85.71"),
        row(overall, 1));

    Table detail = tables.get(1).cells();
    assertEquals(List.of("model", "corruption", "operator", "mean corrupted", "gap G", "G_fp32 / G"),
        detail.columnNames());
    assertEquals(List.of("fashion-mnist/cnn-small", "gaussian_noise", "fp32", "85.00 ± 1.41 [±12.71]",
        "6.00 ± 0.00 [±0.00]", "1.000"), row(detail, 0));
    // bnn corrupted means {62, 68}: std 4.243, CI 12.706 * 4.243 / sqrt(2) = 38.12; gaps {8, 6}
    assertEquals(List.of("fashion-mnist/cnn-small", "gaussian_noise", "bnn", "65.00 ± 4.24 [±38.12]",
        "7.00 ± 1.41 [±12.71]", "0.857"), row(detail, 1));
    assertEquals(List.of("fashion-mnist/cnn-small", "contrast", "fp32", "90.80 ± 1.41 [±12.71]",
        "0.20 ± 0.00 [±0.00]", "left out *"), row(detail, 2));
    assertEquals("left out *", detail.getString(3, 5));
    assertTrue(tables.get(1).notes().get(1).contains("marked *"));
  }

  @Test
  void aSettingThatIsNeitherCleanNorCorruptionSlashSeverityIsNamed() {
    List<ResultRow> rows = new ArrayList<>(rows());
    rows.add(score("robustness", "fashion-mnist", "cnn-small", "bnn", "gaussian_noise", 1, 50));
    BadInputException e = assertThrows(BadInputException.class, () -> RobustnessTable.build(RowsTable.of(rows)));
    assertEquals("a robustness row has the setting 'gaussian_noise' (fashion-mnist/cnn-small, bnn, seed 1). "
        + "Fix: write 'clean' or '<corruption>/<severity 1-5>', such as gaussian_noise/3 (docs/rows.md)", e.getMessage());
  }

  static List<String> row(Table t, int r) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      cells.add(t.getString(r, c));
    }
    return cells;
  }
}
