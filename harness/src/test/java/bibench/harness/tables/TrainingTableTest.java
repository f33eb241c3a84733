package bibench.harness.tables;

import static bibench.harness.testing.Rows.epochTime;
import static bibench.harness.testing.Rows.row;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.stats.Summary;
import bibench.harness.testing.Golden;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrainingTableTest {
  private static final List<String> GRID = List.of("sgd-1e-1-cosine", "sgd-1e-1-step", "adam-1e-3-cosine",
      "adam-1e-4-cosine");

  private static void add(List<ResultRow> rows, String op, int seed, double[] scores, double[] times) {
    for (int i = 0; i < GRID.size(); i++) {
      rows.add(score("training", "optdigits", "mlp", op, GRID.get(i), seed, scores[i]));
      rows.add(epochTime("training", "optdigits", "mlp", op, GRID.get(i), seed, times[i]));
      if (op.equals("fp32")) {
        rows.add(row("training", "optdigits", "mlp", op, GRID.get(i), seed, "trivial_score", 10.28, "%"));
        rows.add(row("training", "optdigits", "mlp", op, GRID.get(i), seed, "test_samples", 360, "count"));
      }
    }
  }

  /** Adam at 1e-4 does not converge for FP32 (15% against s0 = 10.28); two seeds. */
  static List<ResultRow> rows() {
    List<ResultRow> rows = new ArrayList<>();
    add(rows, "fp32", 1, new double[] {90, 92, 94, 15}, new double[] {1.0, 1.2, 1.4, 9.0});
    add(rows, "fp32", 2, new double[] {91, 92, 93, 16}, new double[] {1.0, 1.2, 1.4, 9.0});
    add(rows, "bnn", 1, new double[] {80, Double.NaN, 84, 40}, new double[] {2.6, 2.6, 2.6, 2.6});
    add(rows, "bnn", 2, new double[] {82, 85, 84, 41}, new double[] {2.4, 2.4, 2.4, 2.4});
    add(rows, "xnor", 1, new double[] {85, 86, 87, 30}, new double[] {2.0, 2.0, 2.0, 2.0});
    add(rows, "xnor", 2, new double[] {84, 86, 88, 31}, new double[] {2.2, 2.2, 2.2, 2.2});
    return rows;
  }

  @Test
  void settingsWhereFp32DidNotConvergeAreLeftOutForEveryOperator() {
    List<BenchTable> tables = TrainingTable.build(rows());
    Table main = tables.get(0).cells();
    assertEquals(List.of("model", "rank", "operator", "O_train", "T_fp32 / T", "S_fp32 / S", "T (s/epoch)", "S (points)",
        "settings"), main.columnNames());
    int bnn = main.stringColumn("operator").asList().indexOf("bnn");
    // over the three settings that count; seed 1: FP32 90 92 94 (S = sqrt(8/3)), T = 1.2; bnn 80 0 84 (diverged = 0)
    // FP32 S over seeds: 1.633, 0.816: mean 1.22, CI 12.706 * 0.577 / sqrt 2 = 5.19
    double[] sFp = {Summary.populationSd(List.of(90.0, 92.0, 94.0)), Summary.populationSd(List.of(91.0, 92.0, 93.0))};
    double[] sBnn = {Summary.populationSd(List.of(80.0, 0.0, 84.0)), Summary.populationSd(List.of(82.0, 85.0, 84.0))};
    double[] tBnn = {2.6, 2.4};
    double[] o = new double[2];
    double[] rs = new double[2];
    for (int s = 0; s < 2; s++) {
      rs[s] = sFp[s] / sBnn[s];
      double rt = 1.2 / tBnn[s];
      o[s] = Math.sqrt((rt * rt + rs[s] * rs[s]) / 2) * 100;
    }
    assertEquals(fmt(Summary.of(o), 2), main.getString(bnn, 3));
    assertEquals(fmt(Summary.of(rs), 3), main.getString(bnn, 5));
    assertEquals("3 of 4 (1 diverged)", main.getString(bnn, 8));
    assertEquals(List.of("optdigits/mlp", "ref", "fp32", "reference", "reference", "reference", "1.200 ± 0.000", "1.22 ± 5.19",
        "3 of 4"), RobustnessTableTest.row(main, 0));
    Table settings = tables.get(1).cells();
    assertEquals(List.of("optdigits/mlp", "adam-1e-4-cosine", "15.50 ± 6.35", "9.15", "> 20.28 (s0 + 10)",
        "no: FP32 not converged"), RobustnessTableTest.row(settings, 3));
    assertTrue(String.join("\n", tables.get(0).notes()).contains(
        "left out of S and T for every operator: adam-1e-4-cosine (FP32 not converged)"));
  }

  @Test
  void theTablesMatchTheGoldenFile() {
    Golden.assertMatches("training.md", Tables.markdown(TrainingTable.build(rows())));
  }

  private static String fmt(Summary s, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", s.mean(), s.ci95());
  }

  @Test
  void oneSettingThatCountsGivesNoSensitivityAndSaysWhy() {
    List<ResultRow> rows = new ArrayList<>();
    add(rows, "fp32", 1, new double[] {90, 12, 11, 15}, new double[] {1.0, 1.2, 1.4, 9.0});
    add(rows, "fp32", 2, new double[] {91, 13, 12, 16}, new double[] {1.0, 1.2, 1.4, 9.0});
    add(rows, "bnn", 1, new double[] {80, 40, 30, 40}, new double[] {2.6, 2.6, 2.6, 2.6});
    add(rows, "bnn", 2, new double[] {82, 41, 31, 41}, new double[] {2.4, 2.4, 2.4, 2.4});
    BenchTable table = TrainingTable.build(rows).get(0);
    // only sgd-1e-1-cosine counts: T_fp32 / T = 1 / 2.6, 1 / 2.4 per seed; S of one setting is no spread
    assertEquals(List.of("optdigits/mlp", "-", "bnn", "n/a: S needs two settings that count", "0.401 ± 0.204", "-",
        "2.500 ± 1.271", "n/a", "1 of 4"), RobustnessTableTest.row(table.cells(), 1));
    assertTrue(String.join("\n", table.notes()).contains("Not ranked (no O_train): bnn."), table.notes().toString());
  }
}
