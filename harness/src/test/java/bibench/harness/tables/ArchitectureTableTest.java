package bibench.harness.tables;

import static bibench.harness.testing.Rows.row;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.harness.stats.Summary;
import bibench.harness.testing.Golden;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ArchitectureTableTest {

  private static void arch(List<ResultRow> rows, String task, String arch, String op, double... perSeed) {
    for (int s = 0; s < perSeed.length; s++) {
      rows.add(score("architecture", task, arch, op, "finetune", s + 1, perSeed[s]));
      if (op.equals("fp32")) {
        rows.add(row("architecture", task, arch, op, "finetune", s + 1, "trivial_score", 10, "%"));
        rows.add(row("architecture", task, arch, op, "finetune", s + 1, "test_samples", 500, "count"));
      }
    }
  }

  /** Two MLPs, a CNN and an unregistered architecture; two seeds. */
  static List<ResultRow> rows() {
    List<ResultRow> rows = new ArrayList<>();
    arch(rows, "optdigits", "mlp", "fp32", 90, 90);
    arch(rows, "optdigits", "mlp", "bnn", 72, 63);
    arch(rows, "fsdd", "mlp", "fp32", 80, 80);
    arch(rows, "fsdd", "mlp", "bnn", 40, 48);
    arch(rows, "fashion-mnist", "cnn-small", "fp32", 80, 80);
    arch(rows, "fashion-mnist", "cnn-small", "bnn", 60, 56);
    arch(rows, "sst2", "vit-tiny", "fp32", 50, 50);
    arch(rows, "sst2", "vit-tiny", "bnn", 25, 30);
    arch(rows, "optdigits", "mlp", "xnor", 81, 81);
    arch(rows, "fsdd", "mlp", "xnor", 60, 64);
    arch(rows, "fashion-mnist", "cnn-small", "xnor", 64, 60);
    arch(rows, "sst2", "vit-tiny", "xnor", 30, 35);
    return rows;
  }

  @Test
  void qmeanWithinFamiliesThenAcrossFamiliesPerSeed() {
    Table cells = ArchitectureTable.build(rows()).get(0).cells();
    assertEquals(List.of("rank", "operator", "O_arch", "Q cnn", "Q mlp", "Q unknown", "optdigits/mlp A",
        "optdigits/mlp A0", "fsdd/mlp A", "fsdd/mlp A0", "fashion-mnist/cnn-small A", "fashion-mnist/cnn-small A0",
        "sst2/vit-tiny A", "sst2/vit-tiny A0"), cells.columnNames());
    int bnn = cells.stringColumn("operator").asList().indexOf("bnn");
    // seed 1: A = 0.8, 0.5 (MLP); 0.75 (CNN); 0.5 (vit-tiny: not registered, family "unknown")
    // seed 2: A = 0.7, 0.6 (MLP); 0.7 (CNN); 0.6
    double[] o = new double[2];
    double[][] mlp = {{0.8, 0.5}, {0.7, 0.6}};
    double[] cnn = {0.75, 0.7};
    double[] other = {0.5, 0.6};
    double[] qMlp = new double[2];
    for (int s = 0; s < 2; s++) {
      qMlp[s] = Math.sqrt((mlp[s][0] * mlp[s][0] + mlp[s][1] * mlp[s][1]) / 2);
      o[s] = Math.sqrt((qMlp[s] * qMlp[s] + cnn[s] * cnn[s] + other[s] * other[s]) / 3) * 100;
    }
    Summary overall = Summary.of(o);
    Summary q = Summary.of(qMlp);
    assertEquals(String.format(Locale.ROOT, "%.2f ± %.2f", overall.mean(), overall.ci95()), cells.getString(bnn, 2));
    assertEquals(String.format(Locale.ROOT, "%.3f ± %.3f", q.mean(), q.ci95()), cells.getString(bnn, 4));
    assertEquals("0.725 ± 0.318", cells.getString(bnn, 3)); // Q cnn = the CNN's A: 0.75, 0.70
  }

  @Test
  void theThreeTablesMatchTheGoldenFile() {
    Golden.assertMatches("architecture.md", Tables.markdown(ArchitectureTable.build(rows())));
  }

  @Test
  void familiesComeFromTheArchitectureRegistry() {
    assertEquals("mlp", ArchitectureTable.familyOf("mlp"));
    assertEquals("cnn", ArchitectureTable.familyOf("cnn-small"));
    assertEquals("unknown", ArchitectureTable.familyOf("no-such-arch"));
  }
}
