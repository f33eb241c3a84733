package bibench.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.results.RunFolder;
import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The gate on scores against seed noise: an injected regression is caught, seed noise alone is not
 * flagged (checked over many noise draws, so the false-alarm rate itself is tested), a single seed
 * is judged against the suite's seed spread, and a drop the test split's luck can make is not a
 * regression.
 */
class GateScoresTest {
  static final List<String> OPS = List.of("fp32", "bnn", "xnor", "dorefa", "bireal", "react");
  static final Map<String, Double> LEVEL = Map.of("fp32", 90.0, "bnn", 70.0, "xnor", 75.0, "dorefa", 72.0,
      "bireal", 78.0, "react", 80.0);
  static final String[][] CELLS = {{"optdigits", "mlp"}, {"fashion-mnist", "cnn-small"}};

  /**
   * Scores of every operator and cell for {@code seeds}, the level plus normal seed noise of {@code
   * sd} points, {@code drop} points lower for {@code dropped}; with the FP32 cells' test_samples rows.
   */
  static List<ResultRow> scores(Random noise, List<Integer> seeds, double sd, String dropped, double drop) {
    return scores(noise, CELLS, seeds, sd, dropped, drop);
  }

  static List<ResultRow> scores(Random noise, String[][] cells, List<Integer> seeds, double sd, String dropped,
      double drop) {
    List<ResultRow> rows = new ArrayList<>();
    for (String[] cell : cells) {
      for (String op : OPS) {
        for (int seed : seeds) {
          double v = LEVEL.get(op) + sd * noise.nextGaussian() - (op.equals(dropped) ? drop : 0);
          rows.add(ResultRow.single("r", "learning_task", cell[0], cell[1], op, "finetune", seed, "score", v, "%", true));
          if (op.equals("fp32")) {
            rows.add(ResultRow.single("r", "learning_task", cell[0], cell[1], op, "finetune", seed, "test_samples", 1000,
                "count", true));
          }
        }
      }
    }
    return rows;
  }

  static RunFolder folder(String name, List<ResultRow> rows, Map<String, String> overrides) {
    Map<String, String> p = new java.util.LinkedHashMap<>(RunFolders.provenance(name, "AMD EPYC"));
    p.putAll(overrides);
    return new RunFolder(Path.of(name), rows, Optional.of(RunFolders.typed(p)));
  }

  static GateReport gate(List<ResultRow> baseline, List<ResultRow> run) {
    return Gate.compare(folder("run", run, Map.of()), folder("base", baseline, Map.of()));
  }

  private static List<String> regressed(GateReport report) {
    return report.withVerdict(Verdict.REGRESSED).stream().map(v -> v.key().name()).toList();
  }

  /** At the seed spread of a quiet cell (1.5 points: optdigits/mlp, fashion-mnist/cnn-small). */
  @Test
  void oneOperatorDroppedBy15PointsOnThreeSeedsIsCaught() {
    Random noise = new Random(7);
    List<ResultRow> baseline = scores(noise, List.of(1, 2, 3), 1.5, null, 0);
    GateReport report = gate(baseline, scores(noise, List.of(4, 5, 6), 1.5, "xnor", 15));
    assertEquals(List.of("learning_task optdigits/mlp xnor finetune score",
        "learning_task fashion-mnist/cnn-small xnor finetune score"), regressed(report), report.render());
    assertTrue(report.failed());
    assertEquals(0, report.count(Verdict.MISSING));
    assertTrue(report.render().contains("Scores: 12 seed means compared"), report.render());
  }

  @Test
  void theSameDataWithSeedNoiseOnlyPasses() {
    Random noise = new Random(7);
    List<ResultRow> baseline = scores(noise, List.of(1, 2, 3), 1.5, null, 0);
    GateReport report = gate(baseline, scores(noise, List.of(4, 5, 6), 1.5, null, 0));
    assertFalse(report.failed(), report.render());
    assertTrue(report.summary().startsWith("PASS: "), report.summary());
  }

  @Test
  void overManyNoiseDrawsTheGateRarelyFailsOnNoiseAndAlmostAlwaysCatchesTheDrop() {
    int falseAlarms = 0;
    int caught = 0;
    int draws = 200;
    for (int i = 0; i < draws; i++) {
      Random noise = new Random(1000 + i);
      List<ResultRow> baseline = scores(noise, List.of(1, 2, 3), 2, null, 0);
      falseAlarms += gate(baseline, scores(noise, List.of(4, 5, 6), 2, null, 0)).failed() ? 1 : 0;
      List<ResultRow> worse = scores(new Random(5000 + i), List.of(4, 5, 6), 2, "xnor", 15);
      caught += regressed(gate(baseline, worse)).stream().anyMatch(n -> n.contains(" xnor ")) ? 1 : 0;
    }
    // Holm keeps the family-wise error at or below 5%: 10 expected at most, 20 would be far beyond it
    assertTrue(falseAlarms <= 20, falseAlarms + " of " + draws + " noise-only runs failed");
    assertTrue(caught >= draws * 95 / 100, "caught " + caught + " of " + draws);
  }

  /**
   * quick gates about 650 score metrics with 3 seeds and a spread of about 4 points: Welch's test
   * has 4 degrees of freedom there and Holm's threshold is 0.05 / 650, so a metric must drop by
   * about 14 standard errors (about 45 points) to be called. The gate stays quiet on noise and fails
   * on a collapse, though not on every metric of the collapsed operator.
   */
  @Test
  void amongHundredsOfMetricsAtQuicksSpreadTheGateStaysQuietAndCatchesACollapse() {
    String[][] cells = new String[100][];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = new String[] {"task" + i, "mlp"};
    }
    Random noise = new Random(17);
    List<ResultRow> baseline = scores(noise, cells, List.of(1, 2, 3), 4, null, 0);
    GateReport quiet = gate(baseline, scores(noise, cells, List.of(4, 5, 6), 4, null, 0));
    assertFalse(quiet.failed(), quiet.summary());
    GateReport collapse = gate(baseline, scores(noise, cells, List.of(4, 5, 6), 4, "xnor", 50));
    long caught = regressed(collapse).stream().filter(n -> n.contains(" xnor ")).count();
    assertTrue(collapse.failed());
    assertEquals(caught, regressed(collapse).size(), "only xnor regressed");
    assertTrue(caught >= 20, "caught " + caught + " of xnor's 100 metrics");
  }

  @Test
  void aSingleSeedRunIsJudgedAgainstTheSuitesSeedSpread() {
    Random noise = new Random(11);
    List<ResultRow> baseline = scores(noise, List.of(1, 2, 3), 3, null, 0);
    GateReport within = gate(baseline, scores(noise, List.of(4), 3, null, 0));
    assertFalse(within.failed(), within.render());
    assertTrue(within.render().contains("single-seed scores are judged against the suite's measured seed spread"),
        within.render());
    GateReport collapse = gate(baseline, scores(noise, List.of(4), 3, "bnn", 50));
    assertEquals(2, regressed(collapse).size(), collapse.render());
  }

  @Test
  void aSingleSeedIsNeverJudgedTighterThanThePooledSpreadEvenWhenItsOwnSeedsAgreeByChance() {
    List<ResultRow> baseline = new ArrayList<>(scores(new Random(3), List.of(1, 2, 3), 4, null, 0));
    baseline.removeIf(r -> r.operator().equals("bnn") && r.task().equals("optdigits"));
    for (int seed = 1; seed <= 3; seed++) { // three seeds that happen to agree to 0.1 point
      baseline.add(ResultRow.single("r", "learning_task", "optdigits", "mlp", "bnn", "finetune", seed, "score",
          70 + 0.05 * seed, "%", true));
    }
    List<ResultRow> run = new ArrayList<>(baseline.stream().filter(r -> r.seed() == 1).toList());
    run.replaceAll(r -> r.operator().equals("bnn") && r.task().equals("optdigits") && r.metric().equals("score")
        ? ResultRow.single("r", r.track(), r.task(), r.arch(), "bnn", r.setting(), 4, "score", 64.0, "%", true) : r);
    GateReport report = gate(baseline, run);
    assertFalse(report.failed(), report.render()); // 6 points is 1.5 seed spreads of 4, not a regression
  }

  @Test
  void withOneSeedOnBothSidesOnlyACollapseIsCaught() {
    Random noise = new Random(5);
    List<ResultRow> baseline = scores(noise, List.of(1), 0, null, 0);
    assertFalse(gate(baseline, scores(noise, List.of(1), 4, null, 0)).failed());
    GateReport drift = gate(baseline, scores(noise, List.of(1), 0, "bnn", 10));
    assertFalse(drift.failed(), drift.render());
    assertTrue(drift.render().contains("an assumed seed spread of 5.0 points"), drift.render());
    assertEquals(2, regressed(gate(baseline, scores(noise, List.of(1), 0, "bnn", 40))).size());
  }

  @Test
  void aDropWithinTheTestSplitsLuckIsNotARegressionHoweverManySeedsAgree() {
    List<ResultRow> baseline = new ArrayList<>();
    List<ResultRow> run = new ArrayList<>();
    for (int seed = 1; seed <= 10; seed++) {
      baseline.add(ResultRow.single("r", "learning_task", "sst2", "bert", "bnn", "", seed, "score", 80 + 0.1 * (seed % 3),
          "%", true));
      run.add(ResultRow.single("r", "learning_task", "sst2", "bert", "bnn", "", seed + 10, "score", 78.5 + 0.1 * (seed % 3),
          "%", true));
    }
    List<ResultRow> small = new ArrayList<>(run);
    small.add(ResultRow.single("r", "learning_task", "sst2", "bert", "fp32", "", 1, "test_samples", 120, "count", true));
    List<ResultRow> smallBase = new ArrayList<>(baseline);
    smallBase.add(small.get(small.size() - 1));
    GateReport luck = gate(smallBase, small); // 2 SE at p 0.8, n 120: 7.3 points
    MetricVerdict v = luck.verdicts().stream().filter(x -> x.key().metric().equals("score")).findFirst().orElseThrow();
    assertEquals(Verdict.WITHIN_NOISE, v.verdict(), luck.render());
    assertTrue(v.reason().contains("floor 2 SE = 7.29 (p 0.80, n 120)"), v.reason());
    GateReport large = gate(baseline, run); // no test_samples: the floor is 1 point
    assertEquals(Verdict.REGRESSED, large.verdicts().get(0).verdict(), large.render());
  }

  @Test
  void divergingOnEverySeedWhereTheBaselineNeverDidRegresses() {
    List<ResultRow> baseline = new ArrayList<>();
    List<ResultRow> run = new ArrayList<>();
    for (int seed = 1; seed <= 3; seed++) {
      baseline.add(ResultRow.single("r", "learning_task", "optdigits", "mlp", "bnn", "", seed, "score", 70, "%", true));
      run.add(ResultRow.single("r", "learning_task", "optdigits", "mlp", "bnn", "", seed, "score", Double.NaN, "%", true));
    }
    MetricVerdict v = gate(baseline, run).verdicts().get(0);
    assertEquals(Verdict.REGRESSED, v.verdict());
    assertEquals("3 of 3 seeds diverged (baseline 0 of 3), Fisher p 0.050", v.reason());
    MetricVerdict one = gate(baseline, List.of(run.get(0), baseline.get(1), baseline.get(2))).verdicts().get(0);
    assertEquals(Verdict.WITHIN_NOISE, one.verdict(), one.reason());
  }
}
