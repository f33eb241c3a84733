package bibench.harness.tables;

import static bibench.harness.testing.Rows.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ComplexityTableTest {

  private static void add(List<ResultRow> rows, String op, double pb, double pf, double mb, double mf, double extra) {
    rows.add(count("32x32x3", "resnet20", op, "params_binary", pb));
    rows.add(count("32x32x3", "resnet20", op, "params_fp", pf));
    rows.add(count("32x32x3", "resnet20", op, "macs_binary", mb));
    rows.add(count("32x32x3", "resnet20", op, "macs_fp", mf));
    rows.add(count("32x32x3", "resnet20", op, "macs_extra_fp", extra));
  }

  @Test
  void compressionAndSpeedupRatiosAgainstTheFp32Model() {
    List<ResultRow> rows = new ArrayList<>();
    add(rows, "fp32", 0, 270_000, 0, 40_800_000, 0);
    add(rows, "bnn", 268_000, 2_000, 40_000_000, 800_000, 0);
    add(rows, "xnor", 268_000, 2_000, 40_000_000, 900_000, 100_000);
    Table cells = ComplexityTable.build(RowsTable.of(rows)).cells();
    assertEquals(List.of("model", "operator", "params binary", "params FP", "MACs binary", "MACs FP",
        "extra FP MACs", "r_c", "r_s", "O_comp"), cells.columnNames());
    double rc = 270_000 / (268_000 / 32.0 + 2_000); // 26.02
    double rsBnn = 40_800_000 / (40_000_000 / 64.0 + 800_000); // 28.63
    double rsXnor = 40_800_000 / (40_000_000 / 64.0 + 900_000); // 26.75
    assertEquals(List.of("32x32x3/resnet20", "fp32", "0", "270K", "0", "40.8M", "0", "1.00", "1.00", "1.00"),
        RobustnessTableTest.row(cells, 0));
    assertEquals(List.of("32x32x3/resnet20", "bnn", "268K", "2K", "40M", "800K", "0", "26.02", "28.63",
        String.format(Locale.ROOT, "%.2f", Math.sqrt((rc * rc + rsBnn * rsBnn) / 2))), RobustnessTableTest.row(cells, 1));
    assertEquals(String.format(Locale.ROOT, "%.2f", rsXnor), cells.getString(2, 8));
    assertEquals("100K", cells.getString(2, 6));
  }

  @Test
  void storedBitsAndEffectiveMacsGiveTheRatiosOfLowBitOperators() {
    List<ResultRow> rows = new ArrayList<>();
    add(rows, "fp32", 0, 270_000, 0, 40_800_000, 0);
    // Ternary weights x int8: 268K params at 1.6 bits + 2K FP; 40M MACs at 16/64 + 800K FP.
    add(rows, "bitnet158", 0, 2_000, 0, 800_000, 0);
    rows.add(count("32x32x3", "resnet20", "bitnet158", "params_lowbit", 268_000));
    rows.add(count("32x32x3", "resnet20", "bitnet158", "storage_bits", 268_000 * 1.6 + 2_000 * 32));
    rows.add(count("32x32x3", "resnet20", "bitnet158", "macs_lowbit", 40_000_000));
    rows.add(count("32x32x3", "resnet20", "bitnet158", "macs_effective", 40_000_000 * 16 / 64.0 + 800_000));
    Table cells = ComplexityTable.build(RowsTable.of(rows)).cells();
    double rc = 270_000 / ((268_000 * 1.6 + 2_000 * 32) / 32); // 17.57
    double rs = 40_800_000 / (40_000_000 / 4.0 + 800_000); // 3.78
    assertEquals(String.format(Locale.ROOT, "%.2f", rc), cells.getString(1, "r_c"));
    assertEquals(String.format(Locale.ROOT, "%.2f", rs), cells.getString(1, "r_s"));
    // the low-bit columns appear once a model has low-bit weights: 268K ternary weights, 61.6 KB stored
    assertEquals("268K", cells.getString(1, "params low-bit"));
    assertEquals("40M", cells.getString(1, "MACs low-bit"));
    assertEquals("61.6KB", cells.getString(1, "storage"));
  }
}
