package bibench.harness.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.results.ResultRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DeploymentCheckTableTest {
  private static ResultRow row(String op, String metric, double value, String unit) {
    return ResultRow.single("r", "inference", "fashion-mnist", "cnn-small", op, "impl=bitpacked,check", 1, metric, value,
        unit, true);
  }

  @Test
  void agreementErrorSizeAndStorageRatioPerModel() {
    List<ResultRow> rows = List.of(
        row("fp32", "agreement", 100, "%"), row("fp32", "max_logit_error", 2.5e-5, ""),
        row("fp32", "model_bytes", 40960, "B"), row("fp32", "fp32_model_bytes", 40960, "B"),
        row("bnn", "agreement", 99.8, "%"), row("bnn", "max_logit_error", 1.25e-4, ""),
        row("bnn", "model_bytes", 2048, "B"), row("bnn", "fp32_model_bytes", 40960, "B"));
    Table cells = DeploymentCheckTable.build(RowsTable.of(rows)).cells();
    assertEquals(List.of("model", "operator", "seed", "arg-max agreement (%)", "max logit error", "deployed KiB", "m"),
        cells.columnNames());
    assertEquals("fashion-mnist/cnn-small", cells.getString(1, 0));
    assertEquals("1", cells.getString(1, "seed"));
    assertEquals("99.80", cells.getString(1, 3));
    assertEquals("2.0", cells.getString(1, 5));
    assertEquals("20.00", cells.getString(1, 6));
    assertEquals("1.00", cells.getString(0, 6));
  }

  @Test
  void anOperatorWithoutAPackedKernelSaysUnsupported() {
    List<ResultRow> rows = List.of(row("fp32", "agreement", 100, "%"), row("bitnet158", "unsupported", 1, ""));
    BenchTable table = DeploymentCheckTable.build(RowsTable.of(rows));
    assertEquals("unsupported", table.cells().getString(1, "arg-max agreement (%)"));
    assertEquals("bitnet158", table.cells().getString(1, "operator"));
    assertTrue(table.notes().stream().anyMatch(n -> n.startsWith("unsupported: no packed kernel")), table.notes().toString());
  }

  @Test
  void noCheckRowsNoTable() {
    assertNull(DeploymentCheckTable.build(RowsTable.of(List.of(row("bnn", "latency", 1, "ms")))));
  }
}
