package bibench.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.CheckpointStore;
import bibench.tracks.ComplexityTrack;
import bibench.tracks.RunContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The track's cells and rows, as docs/rows.md fixes them. */
class ComplexityTrackTest {
  private static final ComplexityPlan RESNET20 = new ComplexityPlan("resnet20", new int[] {3, 32, 32}, 10, 0, 0);

  private static RunContext context() {
    return new RunContext("run-1", (task, train, test, points) -> {
      throw new AssertionError("the complexity track must not load data");
    }, new CheckpointStore(null), null, null);
  }

  private static Map<String, ResultRow> rowsByMetric(Cell cell) {
    Map<String, ResultRow> rows = new LinkedHashMap<>();
    for (ResultRow row : cell.run(context())) {
      rows.put(row.metric(), row);
    }
    return rows;
  }

  @Test
  void paperPlansCoverTheArchitecturesAtThePapersShapes() {
    List<ComplexityPlan> plans = ComplexityTrack.paperPlans();
    assertEquals(List.of("resnet18", "resnet34", "resnet20", "resnet18-imagenet", "vgg-small", "bert-base",
        "pointnet", "dfsmn", "resnet20-bibench"), plans.stream().map(ComplexityPlan::arch).toList());
    assertEquals(List.of("32x32x3", "32x32x3", "32x32x3", "224x224x3", "32x32x3", "seq128", "1024x3", "32x32",
            "32x32x3"),
        plans.stream().map(ComplexityPlan::task).toList());
    assertEquals(30_522, plans.get(5).vocabularySize());
  }

  @Test
  void cellsCountFp32FirstEvenWhenNotAskedForAndEveryOperatorOnce() {
    List<Cell> cells = ComplexityTrack.cells(ComplexityTrack.paperPlans(), List.of("bnn", "xnor", "bnn"));
    assertEquals(ComplexityTrack.paperPlans().size() * 3, cells.size());
    assertTrue(cells.get(0).label().endsWith(" fp32"), cells.get(0).label());
    assertEquals(cells.size(), new HashSet<>(cells.stream().map(Cell::label).toList()).size());
    assertEquals(cells.size(), new HashSet<>(cells.stream().map(Cell::definition).toList()).size());
    assertTrue(cells.stream().allMatch(c -> c.track().equals("complexity")));
  }

  /*
   * ResNet-20 at 32x32x3: binarized 3x3 convs 6 x 16*16*9 + (16*32*9 + 5 x 32*32*9) + (32*64*9 + 5 x
   * 64*64*9) = 13,824 + 50,688 + 202,752 = 267,264 weights; FP the rest of 272,474 plus XNOR's alpha,
   * one per output channel of the 18 binarized convs (6 x 16 + 6 x 32 + 6 x 64 = 672). XNOR's extra
   * FP work: inputs + outputs of each binarized conv = 6 x 2 x 16,384 + (16,384 + 8,192) + 5 x 2 x
   * 8,192 + (8,192 + 4,096) + 5 x 2 x 4,096 = 356,352.
   */
  @Test
  void aCellWritesTheNineCountRowsOfDocsRows() {
    Cell cell = ComplexityTrack.cells(List.of(RESNET20), List.of("xnor")).get(1);
    Map<String, ResultRow> rows = rowsByMetric(cell);
    assertEquals(List.of("params_binary", "params_lowbit", "params_fp", "storage_bits", "macs_binary", "macs_lowbit",
        "macs_fp", "macs_extra_fp", "macs_effective"),
        List.copyOf(rows.keySet()));
    for (ResultRow row : rows.values()) {
      assertEquals("run-1", row.runId());
      assertEquals("complexity", row.track());
      assertEquals("32x32x3", row.task());
      assertEquals("resnet20", row.arch());
      assertEquals("xnor", row.operator());
      assertEquals("", row.setting());
      assertEquals(-1, row.seed());
      assertEquals(1, row.n());
      assertTrue(Double.isNaN(row.stddev()));
      assertEquals(row.metric().startsWith("params") ? "count" : row.metric().equals("storage_bits") ? "bit" : "MAC",
          row.unit());
    }
    assertEquals(267_264, rows.get("params_binary").value());
    assertEquals(272_474 - 267_264 + 672, rows.get("params_fp").value());
    assertEquals(356_352, rows.get("macs_extra_fp").value());
    assertTrue(rows.get("macs_fp").value() > rows.get("macs_extra_fp").value());
    assertEquals(0, rows.get("params_lowbit").value());
    assertEquals(0, rows.get("macs_lowbit").value());
    assertEquals(267_264 + 32.0 * (272_474 - 267_264 + 672), rows.get("storage_bits").value(), 1e-6);
    assertEquals(rows.get("macs_binary").value() / 64 + rows.get("macs_fp").value(), rows.get("macs_effective").value(),
        1e-6);
  }

  @Test
  void theFp32CellOfTheImageNetResNet18CountsItsKnownSize() {
    ComplexityPlan plan = ComplexityTrack.paperPlans().get(3);
    Map<String, ResultRow> rows = rowsByMetric(ComplexityTrack.cells(List.of(plan), List.of()).get(0));
    assertEquals("fp32", rows.get("params_fp").operator());
    assertEquals(11_689_512, rows.get("params_fp").value(), "torchvision's resnet18");
    assertEquals(0, rows.get("params_binary").value());
    // 7x7 stem at 112x112, then stages at 56, 28, 14, 7 (1x1 shortcuts on stages 2-4), head 512 x 1000.
    long macs = 112L * 112 * 64 * 3 * 49 + 4L * 56 * 56 * 64 * 64 * 9 + 512 * 1000;
    for (int s = 1; s < 4; s++) {
      long size = 56 >> s;
      long out = 64L << s;
      macs += size * size * out * (out / 2) * (9 + 1) + 3 * size * size * out * out * 9;
    }
    assertEquals(1_814_073_344L, macs);
    assertEquals(macs, rows.get("macs_fp").value());
  }

  @Test
  void unknownIdsAreBadInputListingTheKnownOnes() {
    BadInputException op = assertThrows(BadInputException.class,
        () -> ComplexityTrack.cells(List.of(RESNET20), List.of("xnorr")));
    assertTrue(op.getMessage().contains("xnorr") && op.getMessage().contains("xnorpp"), op.getMessage());
    ComplexityPlan bad = new ComplexityPlan("resnet21", new int[] {3, 32, 32}, 10, 0, 0);
    BadInputException arch = assertThrows(BadInputException.class,
        () -> ComplexityTrack.cells(List.of(bad), List.of("bnn")));
    assertTrue(arch.getMessage().contains("resnet21") && arch.getMessage().contains("resnet20"), arch.getMessage());
  }

  @Test
  void inputDescriptorsPutChannelsLastAndNameTokenSequences() {
    assertEquals("32x32x3", ComplexityPlan.describeInput(new int[] {3, 32, 32}, 0));
    assertEquals("1024x3", ComplexityPlan.describeInput(new int[] {3, 1024}, 0));
    assertEquals("seq128", ComplexityPlan.describeInput(new int[] {128}, 30_522));
    assertEquals("64", ComplexityPlan.describeInput(new int[] {64}, 0));
  }

  @Test
  void ratiosAreBiBenchsFormulasOnTheTotals() {
    ModelComplexity fp32 = new ModelComplexity(List.of(
        new LayerCost("1", "linear", 32, new long[] {4}, 0, 6_400, 0, 12_800, 0)));
    ModelComplexity bin = new ModelComplexity(List.of(
        new LayerCost("1", "linear", 1, new long[] {4}, 6_144, 56, 12_288, 312, 100),
        new LayerCost("2", "linear", 32, new long[] {4}, 0, 200, 0, 200, 0)));
    ComplexityRatios r = ComplexityRatios.of(bin, fp32);
    assertEquals(6_400 / (6_144 / 32.0 + 256), r.compression(), 1e-12);
    assertEquals(12_800 / (12_288 / 64.0 + 512), r.speedup(), 1e-12);
    assertEquals(Math.sqrt((r.compression() * r.compression() + r.speedup() * r.speedup()) / 2), r.overall(), 1e-12);
    assertEquals(100, bin.extraFpMacs());
    assertEquals(6_144 / 8.0 + 256 * 4.0, bin.memoryBytes());
  }
}
