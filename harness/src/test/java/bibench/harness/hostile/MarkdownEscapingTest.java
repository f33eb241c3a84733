package bibench.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.report.MarkdownReport;
import bibench.harness.results.RunFolder;
import bibench.harness.tables.BenchTable;
import bibench.harness.tables.MarkdownText;
import bibench.harness.tables.Tables;
import bibench.harness.testing.Rows;
import bibench.results.ResultRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Names with {@code |} and line breaks (an operator's class name, a task, a run folder: anything a
 * user or an edited results.csv can set) cannot break report.md's tables (issue 15, item 8).
 */
class MarkdownEscapingTest {

  private static final String EVIL_OP = "my|op\nsecond line";
  private static final String EVIL_TASK = "task|with\r\npipes";

  @Test
  void escapesPipesAndLineBreaks() {
    assertEquals("a\\|b\\nc\\nd", MarkdownText.cell("a|b\nc\r\nd"));
    assertEquals("plain", MarkdownText.cell("plain"));
    assertEquals("x\\\\\\|y", MarkdownText.cell("x\\|y"));
  }

  @Test
  void everyTableRowOfTheReportHasAsManyCellsAsItsHeader() {
    List<ResultRow> rows = new ArrayList<>();
    for (String op : List.of("fp32", "bnn", EVIL_OP)) {
      for (String task : List.of("optdigits", EVIL_TASK)) {
        rows.add(Rows.score("learning_task", task, "mlp", op, "finetune", 1, 80));
      }
    }
    RunFolder run = new RunFolder(Path.of("run|with\npipe"), rows, Optional.empty());
    List<BenchTable> tables = Tables.build(rows);
    assertTrue(!tables.isEmpty());
    String md = MarkdownReport.render(run, tables);
    assertTrue(md.contains("my\\|op\\nsecond line"), md);
    int expected = -1;
    for (String line : md.split("\n")) {
      if (line.startsWith("|")) {
        int cells = line.replace("\\|", "").split("\\|", -1).length;
        if (line.startsWith("| operator") || line.startsWith("| verdict")) {
          expected = cells;
        }
        assertEquals(expected, cells, line + "\n" + md);
      }
    }
    assertTrue(md.lines().noneMatch(l -> l.startsWith("second line")), md);
  }
}
