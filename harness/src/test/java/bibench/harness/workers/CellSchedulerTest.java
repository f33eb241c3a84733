package bibench.harness.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.harness.results.Journal;
import bibench.tracks.Cell;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler keeps cells of one model together, runs timing cells last and alone, and, with
 * real worker processes, records every cell once, keeps what finished when a cell fails, and
 * reports bad input as bad input.
 */
class CellSchedulerTest {

  @Test
  void groupsKeepAModelTogetherAndPutTimingCellsApart() {
    List<Cell> cells = FakeCell.parse("ok:m1:1,ok:m2:5,ok:m1:1,quiet,ok::2,ok:m1:1");
    CellGroups groups = CellGroups.of(cells, i -> false);
    assertEquals(List.of(List.of(1), List.of(0, 2, 5), List.of(4)),
        groups.groups().stream().map(CellGroups.Group::cells).toList(), "costliest first, plan order inside");
    assertEquals(List.of(3), groups.quiet());
    assertEquals(5, groups.groupedCells());
    CellGroups rest = CellGroups.of(cells, i -> i == 0 || i == 1);
    assertEquals(List.of(List.of(2, 5), List.of(4)), rest.groups().stream().map(CellGroups.Group::cells).toList());
  }

  @Test
  void protocolLinesRoundTrip() {
    WorkerProtocol.Message done = WorkerProtocol.parse(WorkerProtocol.done(4, 1.5, "score 90.00 %")).orElseThrow();
    assertEquals("DONE", done.kind());
    assertEquals(4, done.cell());
    assertEquals("1.5 score 90.00 %", done.text());
    assertTrue(WorkerProtocol.parse("WARNING: something from the engine").isEmpty());
    assertEquals(7, WorkerProtocol.parseRun("RUN 7"));
    assertEquals(-1, WorkerProtocol.parseRun("RUN x"));
  }

  private static CellScheduler.Workers workers(Path dir, String specs, int count) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), FakeWorkerMain.class.getName(), dir.toString(), specs));
    return new CellScheduler.Workers(count, command, Map.of());
  }

  private static RunContext context(Path dir) {
    return new RunContext("r", (t, a, b, c) -> null, new CheckpointStore(null), null, dir);
  }

  @Test
  void workersRunEveryCellOnceAndTimingCellsAfterThem(@TempDir Path dir) {
    String specs = "ok:m1:1,ok:m2:1,ok:m1:1,quiet,ok:m3:1,ok:m2:1";
    List<Cell> cells = FakeCell.parse(specs);
    Journal journal = new Journal(dir, "test");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    List<Integer> order = new ArrayList<>();
    CellScheduler.run(cells, context(dir), journal, workers(dir, specs, 2),
        new PrintStream(text, true, StandardCharsets.UTF_8), () -> order.add(journal.size()));
    assertEquals(6, journal.size());
    // the journal holds each finished cell before its callback runs; a second worker's entry may land
    // before the coordinator hears of the first, so the count can run ahead, never behind
    assertEquals(6, order.size(), "one callback per finished cell: " + order);
    for (int i = 0; i < order.size(); i++) {
      assertTrue(order.get(i) >= i + 1 && (i == 0 || order.get(i) >= order.get(i - 1)), "journal behind: " + order);
    }
    assertEquals(6, order.get(5));
    String printed = text.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("on 2 worker processes"), printed);
    assertTrue(printed.contains("[6/6] fake 3 quiet"), "the timing cell finishes last:\n" + printed);
    assertTrue(printed.contains("elapsed") && printed.contains("left"), printed);
    for (Cell c : cells) {
      assertTrue(journal.isDone(c), c.label());
    }
  }

  @Test
  void badInputStopsNewCellsKeepsFinishedOnesAndIsBadInput(@TempDir Path dir) {
    String specs = "ok:m1:5,ok:m1:5,bad:m2:1,ok:m3:1,ok:m4:1,ok:m5:1";
    List<Cell> cells = FakeCell.parse(specs);
    Journal journal = new Journal(dir, "test");
    BadInputException e = assertThrows(BadInputException.class, () -> CellScheduler.run(cells, context(dir), journal,
        workers(dir, specs, 2), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), () -> { }));
    assertTrue(e.getMessage().contains("fake data set missing"), e.getMessage());
    assertTrue(journal.isDone(cells.get(0)), "the cell that was running beside the failure is kept");
    assertTrue(journal.size() < 6, "no new cell started after the failure");
  }

  @Test
  void aDeadWorkerStopsTheRunNamingItsCellAndTheRerun(@TempDir Path dir) {
    String specs = "ok:m1:1,crash:m2:9,ok:m3:1";
    List<Cell> cells = FakeCell.parse(specs);
    Journal journal = new Journal(dir, "test");
    WorkerStoppedException e = assertThrows(WorkerStoppedException.class, () -> CellScheduler.run(cells, context(dir),
        journal, workers(dir, specs, 2), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        () -> { }));
    assertTrue(e.getMessage().contains("(exit code 7) while running cell 1") && e.getMessage().contains("rerun the same "
        + "command to resume"), e.getMessage());
    assertTrue(new WorkerStoppedException(2, "137", 5).getMessage().startsWith("worker 2 stopped (exit code 137: "
        + "killed by signal 9, as the out-of-memory killer does) while running cell 5"));
  }

  @Test
  void oneWorkerRunsInThisProcessInPlanOrder(@TempDir Path dir) {
    List<Cell> cells = FakeCell.parse("ok:m1:1,ok:m2:9,ok:m1:1,quiet");
    Journal journal = new Journal(dir, "test");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    CellScheduler.run(cells, context(dir), journal, CellScheduler.Workers.IN_PROCESS,
        new PrintStream(text, true, StandardCharsets.UTF_8), () -> { });
    String printed = text.toString(StandardCharsets.UTF_8);
    assertTrue(printed.indexOf("fake 0") < printed.indexOf("fake 1") && printed.indexOf("fake 1") < printed.indexOf("fake 2"),
        printed);
    assertEquals(4, journal.size());
  }

  @Test
  void clockReadsMinutesAndHours() {
    assertEquals("0:05", ProgressBoard.clock(4.6));
    assertEquals("12:00", ProgressBoard.clock(720));
    assertEquals("1:01:01", ProgressBoard.clock(3661));
  }
}
