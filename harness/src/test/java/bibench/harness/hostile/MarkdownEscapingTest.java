package bibench.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.report.MarkdownReport;
import bibench.harness.results.RunFolder;
import bibench.harness.tables.BenchTable;
import bibench.harness.tables.Format;
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
    assertEquals("a\\|b c d", Format.markdownCell("a|b\nc\r\nd"));
    assertEquals("plain", Format.markdownCell("plain"));
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
    assertTrue(md.contains("my\\|op second line"), md);
    int expected = -1;
    String[] lines = md.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("|")) {
        int cells = lines[i].replace("\\|", "").split("\\|", -1).length;
        if (i + 1 < lines.length && lines[i + 1].matches("\\|[:\\-|]+")) {
          expected = cells; // a header: the rule line follows it
        }
        assertEquals(expected, cells, lines[i] + "\n" + md);
      }
    }
    assertTrue(expected > 0, md);
    assertTrue(md.lines().noneMatch(l -> l.startsWith("second line")), md);
  }
}
