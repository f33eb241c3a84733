package bibench.harness.tables;

import static bibench.harness.testing.Rows.row;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.stats.Summary;
import bibench.harness.stats.TTest;
import bibench.harness.stats.Tail;
import bibench.harness.testing.Golden;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LearningTaskTableTest {
  private static final String T = "learning_task";

  /** FP32's reference rows: s0 and the test size, every seed. */
  private static void reference(List<ResultRow> rows, String task, double s0, int testSamples, int seeds) {
    for (int s = 1; s <= seeds; s++) {
      rows.add(row(T, task, "mlp", "fp32", "finetune", s, "trivial_score", s0, "%"));
      rows.add(row(T, task, "mlp", "fp32", "finetune", s, "test_samples", testSamples, "count"));
    }
  }

  private static void scores(List<ResultRow> rows, String task, String op, double... perSeed) {
    for (int s = 0; s < perSeed.length; s++) {
      rows.add(score(T, task, "mlp", op, "finetune", s + 1, perSeed[s]));
    }
  }

  /** Two tasks FP32 learned, one it did not (its lower bound is under s0 + 10), three seeds. */
  static List<ResultRow> threeSeeds() {
    List<ResultRow> rows = new ArrayList<>();
    reference(rows, "digits", 10, 360, 3);
    reference(rows, "shapes", 20, 240, 3);
    reference(rows, "cola", 0, 1043, 3);
    scores(rows, "digits", "fp32", 98, 97, 99);
    scores(rows, "digits", "bnn", 78, 77.6, 80.2);
    scores(rows, "digits", "xnor", 90, 88, 91);
    scores(rows, "digits", "react", 91, 89.5, 91.4);
    scores(rows, "shapes", "fp32", 80, 78, 82);
    scores(rows, "shapes", "bnn", 50, 47, 53);
    scores(rows, "shapes", "xnor", 60, 59, 63);
    scores(rows, "shapes", "react", Double.NaN, 62, 64);
    scores(rows, "cola", "fp32", 12, 9, 14);
    scores(rows, "cola", "bnn", 3, 1, 2);
    scores(rows, "cola", "xnor", 11, 10, 12);
    scores(rows, "cola", "react", 8, 9, 7);
    return rows;
  }

  @Test
  void theThreeTablesMatchTheGoldenFile() {
    Golden.assertMatches("learning-task.md", Tables.markdown(LearningTaskTable.build(threeSeeds())));
  }

  @Test
  void relativeScoresArePairedBySeedThenAveraged() {
    Table cells = LearningTaskTable.build(threeSeeds()).get(0).cells();
    int bnn = cells.stringColumn("operator").asList().indexOf("bnn");
    // A per seed: 78/98, 77.6/97, 80.2/99; A0 = (s - 10) / (s_fp - 10)
    Summary a = Summary.of(78 / 98.0, 77.6 / 97, 80.2 / 99);
    Summary a0 = Summary.of(68 / 88.0, 67.6 / 87, 70.2 / 89);
    assertEquals(String.format(Locale.ROOT, "%.3f ± %.3f", a.mean(), a.ci95()), cells.getString(bnn, 3));
    assertEquals(String.format(Locale.ROOT, "%.3f ± %.3f", a0.mean(), a0.ci95()), cells.getString(bnn, 4));
    // O_task per seed = qmean over digits and shapes (cola does not count), times 100
    double[] o = new double[3];
    double[][] aa = {{78 / 98.0, 50 / 80.0}, {77.6 / 97, 47 / 78.0}, {80.2 / 99, 53 / 82.0}};
    for (int s = 0; s < 3; s++) {
      o[s] = Math.sqrt((aa[s][0] * aa[s][0] + aa[s][1] * aa[s][1]) / 2) * 100;
    }
    Summary overall = Summary.of(o);
    assertEquals(String.format(Locale.ROOT, "%.2f ± %.2f", overall.mean(), overall.ci95()), cells.getString(bnn, 2));
  }

  @Test
  void aTaskFp32DidNotLearnIsLeftOutVisibly() {
    List<BenchTable> tables = LearningTaskTable.build(threeSeeds());
    Table main = tables.get(0).cells();
    assertEquals(List.of("FP32 not trained"), main.stringColumn("cola/mlp A").unique().asList());
    assertEquals(List.of("FP32 not trained"), main.stringColumn("cola/mlp A0").unique().asList());
    Table validity = tables.get(2).cells();
    // FP32 on cola: 11.67, lower bound 11.67 - 4.30 * 2.52 / 1.73 = 5.42, must exceed s0 + 10 = 10
    assertEquals(List.of("cola/mlp", "1043", "0.00", "11.67 ± 6.25", "5.42", "> 10.00 (s0 + 10)", "no: FP32 not trained"),
        RobustnessTableTest.row(validity, 2));
    assertEquals("yes", validity.getString(0, 6));
    assertTrue(String.join("\n", tables.get(0).notes()).contains("Left out of O_task for every operator: cola/mlp "
        + "(FP32 not trained)"));
    // the s0 row of the scores table
    assertEquals(List.of("s0 (majority class)", "10.00", "20.00", "0.00"), RobustnessTableTest.row(tables.get(1).cells(), 0));
  }

  @Test
  void aDivergedSeedCountsZeroAndTheCommonSeedsAreSaid() {
    Table cells = LearningTaskTable.build(threeSeeds()).get(0).cells();
    int react = cells.stringColumn("operator").asList().indexOf("react");
    // react diverged on shapes seed 1: A = 0 there
    Summary a = Summary.of(0, 62 / 78.0, 64 / 82.0);
    assertEquals(String.format(Locale.ROOT, "%.3f ± %.3f", a.mean(), a.ci95()), cells.getString(react, 5));
    Table scores = LearningTaskTable.build(threeSeeds()).get(1).cells();
    int reactScore = scores.stringColumn("operator").asList().indexOf("react");
    assertEquals("63.00 ± 12.71 (1 diverged)", scores.getString(reactScore, 2));
  }

  @Test
  void holmKeepsATieThatAnUncorrectedTestWouldBreak() {
    List<ResultRow> rows = new ArrayList<>();
    reference(rows, "digits", 10, 1000, 3);
    scores(rows, "digits", "fp32", 100, 100, 100);
    scores(rows, "digits", "a", 80, 81.3, 80.7);
    scores(rows, "digits", "b", 79, 80, 80);
    scores(rows, "digits", "c", 70, 90, 80);
    // a - b per seed = 1, 1.3, 0.7: p = 0.029 on its own, but the smallest of three p-values needs 0.05 / 3
    double p = TTest.paired(List.of(80.0, 81.3, 80.7), List.of(79.0, 80.0, 80.0), Tail.TWO_SIDED).p();
    assertTrue(p < 0.05 && p > 0.05 / 3, "p = " + p);
    BenchTable table = LearningTaskTable.build(rows).get(0);
    assertEquals(List.of("1-3"), table.cells().stringColumn("rank").unique().asList());
    assertTrue(table.notes().get(table.notes().size() - 1).endsWith("Resolved pairs: 0 of 3."));
  }

  @Test
  void oneSeedSaysNoIntervalAndNoRanking() {
    List<ResultRow> rows = new ArrayList<>();
    reference(rows, "digits", 10, 360, 1);
    scores(rows, "digits", "fp32", 98);
    scores(rows, "digits", "bnn", 70);
    scores(rows, "digits", "xnor", 90);
    List<BenchTable> tables = LearningTaskTable.build(rows);
    for (BenchTable t : tables) {
      for (int c = 0; c < t.cells().columnCount(); c++) {
        for (String cell : t.cells().stringColumn(c).asList()) {
          assertFalse(cell.contains("±"), cell);
        }
      }
    }
    assertTrue(Tables.markdown(tables).contains("1 seed (1): no CI, no ranking."));
    assertEquals(List.of("-"), tables.get(0).cells().stringColumn("rank").unique().asList());
    assertEquals("91.84", tables.get(0).cells().getString(0, 2)); // xnor first by mean: 90 / 98
    assertEquals("- (1 seed)", tables.get(2).cells().getString(0, 4));
  }

  @Test
  void aRunWithoutReferenceRowsStillTabulatesAndSaysItIsUnchecked() {
    List<ResultRow> rows = new ArrayList<>();
    scores(rows, "digits", "fp32", 98, 97);
    scores(rows, "digits", "bnn", 70, 71);
    List<BenchTable> tables = LearningTaskTable.build(rows);
    assertEquals(List.of("rank", "operator", "O_task", "digits/mlp A"), tables.get(0).cells().columnNames());
    assertTrue(tables.get(0).notes().contains("No A0 for digits/mlp: the run has no trivial_score rows for it."));
    assertEquals("yes, unchecked: no trivial_score rows", tables.get(2).cells().getString(0, 6));
  }

  @Test
  void anOperatorMissingATaskHasNoOverallAndIsNotRanked() {
    List<ResultRow> rows = new ArrayList<>();
    reference(rows, "digits", 10, 360, 3);
    reference(rows, "shapes", 20, 240, 3);
    scores(rows, "digits", "fp32", 98, 97, 99);
    scores(rows, "shapes", "fp32", 80, 78, 82);
    for (String op : List.of("bnn", "xnor")) {
      scores(rows, "digits", op, 70, 71, 69);
      scores(rows, "shapes", op, 60, 61, 59);
    }
    scores(rows, "digits", "late", 90, 91, 92); // never run on shapes
    Table cells = LearningTaskTable.build(rows).get(0).cells();
    assertEquals(List.of("1-2", "1-2", "-"), cells.stringColumn("rank").asList());
    assertEquals("late", cells.getString(2, 1));
    assertEquals("n/a: no seed common to every task that counts", cells.getString(2, 2));
    assertEquals("-", cells.getString(2, 5)); // its shapes A
  }
}
