package bibench.harness.tables;

import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.results.ResultRow;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ArchitectureTableTest {

  private static ResultRow arch(String task, String arch, String op, double value) {
    return score("architecture", task, arch, op, "finetune", 1, value);
  }

  @Test
  void qmeanWithinFamiliesThenAcrossFamilies() {
    List<ResultRow> rows = List.of(
        arch("optdigits", "mlp", "fp32", 90), arch("optdigits", "mlp", "bnn", 72),
        arch("fsdd", "mlp", "fp32", 80), arch("fsdd", "mlp", "bnn", 40),
        arch("fashion-mnist", "cnn-small", "fp32", 80), arch("fashion-mnist", "cnn-small", "bnn", 60),
        arch("sst2", "vit-tiny", "fp32", 50), arch("sst2", "vit-tiny", "bnn", 25));
    Table cells = ArchitectureTable.build(RowsTable.of(rows)).cells();
    assertEquals(List.of("operator", "optdigits/mlp", "optdigits/mlp A", "fsdd/mlp", "fsdd/mlp A",
        "fashion-mnist/cnn-small", "fashion-mnist/cnn-small A", "sst2/vit-tiny", "sst2/vit-tiny A",
        "Q cnn", "Q mlp", "Q unknown", "O_arch"), cells.columnNames());
    // bnn: A = 0.8, 0.5 (MLP); 0.75 (CNN); 0.5 (vit-tiny: not registered, family "unknown")
    double qMlp = Math.sqrt((0.8 * 0.8 + 0.5 * 0.5) / 2);
    double overall = Math.sqrt((qMlp * qMlp + 0.75 * 0.75 + 0.5 * 0.5) / 3) * 100;
    assertEquals("0.800", cells.getString(1, 2));
    assertEquals("0.750", cells.getString(1, 6)); // fashion-mnist/cnn-small A
    assertEquals("0.750", cells.getString(1, 9)); // Q cnn
    assertEquals(String.format(Locale.ROOT, "%.3f", qMlp), cells.getString(1, 10));
    assertEquals("0.500", cells.getString(1, 11));
    assertEquals(String.format(Locale.ROOT, "%.2f", overall), cells.getString(1, 12));
    assertEquals("64.74", cells.getString(1, 12)); // a flat qmean over the four would give 65.24
    assertEquals("100.00", cells.getString(0, 12));
  }

  @Test
  void familiesComeFromTheArchitectureRegistry() {
    assertEquals("mlp", ArchitectureTable.familyOf("mlp"));
    assertEquals("cnn", ArchitectureTable.familyOf("cnn-small"));
    assertEquals("unknown", ArchitectureTable.familyOf("no-such-arch"));
  }
}
