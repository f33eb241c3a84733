package bibench.harness.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.ModelKey;
import bibench.tracks.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardPlanTest {

  private record FakeCell(String label, String model, double estimatedCost) implements Cell {
    @Override
    public String track() {
      return "learning_task";
    }

    @Override
    public String definition() {
      return "def " + label;
    }

    @Override
    public List<ResultRow> run(RunContext context) {
      return List.of();
    }

    @Override
    public Optional<ModelKey> sharedModel() {
      return Optional.ofNullable(model).map(ModelKey::new);
    }
  }

  private static List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    String[] tasks = {"a", "b", "c", "d", "e", "f"};
    double[] cost = {7, 5, 4, 3, 3, 2};
    for (int t = 0; t < tasks.length; t++) {
      for (String op : List.of("fp32", "bnn", "xnor")) {
        cells.add(new FakeCell(tasks[t] + "/" + op, "fp32|" + tasks[t] + "|seed1", cost[t] / 3));
      }
    }
    cells.add(new FakeCell("complexity", null, 0.5));
    return cells;
  }

  @Test
  void cellsSharingAModelLandOnOneShardAndEveryCellOnce() {
    ShardPlan plan = ShardPlan.of(cells(), 2, CostsFile.NONE);
    Set<String> seen = new HashSet<>();
    for (int k = 1; k <= 2; k++) {
      for (Cell c : plan.cells(k)) {
        assertTrue(seen.add(c.label()), c.label() + " twice");
      }
      for (ModelKey m : plan.fp32Models(k)) {
        int other = 3 - k;
        assertTrue(plan.cells(other).stream().noneMatch(c -> c.sharedModel().equals(Optional.of(m))), m.text());
      }
    }
    assertEquals(cells().size(), seen.size());
  }

  @Test
  void groupsArePackedLongestFirstOntoTheLeastLoadedShard() {
    ShardPlan plan = ShardPlan.of(cells(), 2, CostsFile.NONE);
    // LPT over a 7, b 5, c 4, d 3, e 3, f 2, complexity 0.5 (ties: the lower shard):
    // a -> 1 (7), b -> 2 (5), c -> 2 (9), d -> 1 (10), e -> 2 (12), f -> 1 (12), complexity -> 1 (12.5)
    assertEquals(12.5, plan.cost(1), 1e-9);
    assertEquals(12.0, plan.cost(2), 1e-9);
    assertEquals(List.of("a/fp32", "a/bnn", "a/xnor", "d/fp32", "d/bnn", "d/xnor", "f/fp32", "f/bnn", "f/xnor",
        "complexity"), plan.cells(1).stream().map(Cell::label).toList());
  }

  @Test
  void thePlanDoesNotDependOnTheOrderTheCellsCameIn() {
    List<Cell> shuffled = new ArrayList<>(cells());
    Collections.reverse(shuffled);
    ShardPlan a = ShardPlan.of(cells(), 3, CostsFile.NONE);
    ShardPlan b = ShardPlan.of(shuffled, 3, CostsFile.NONE);
    for (int k = 1; k <= 3; k++) {
      assertEquals(new HashSet<>(a.cells(k)), new HashSet<>(b.cells(k)), "shard " + k);
    }
  }

  @Test
  void measuredCostsOverrideEstimatesAndScaleTheRest(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("costs.csv");
    Files.writeString(file, "cell,seconds\na/fp32,2.3333\na/bnn,2.3333\na/xnor,2.3333\nb/fp32,1.6667\n"
        + "b/bnn,1.6667\nb/xnor,1.6667\nf/fp32,100\nf/bnn,100\nf/xnor,100\n");
    CostsFile costs = CostsFile.read(file, cells());
    assertEquals(100, costs.cost(cells().get(15)), 1e-9);
    assertEquals(4.0 / 3, costs.cost(cells().get(6)), 1e-3); // c/fp32: not measured, estimate x median ratio 1
    ShardPlan plan = ShardPlan.of(cells(), 2, costs);
    int shardOfF = plan.cells(1).stream().anyMatch(c -> c.label().equals("f/fp32")) ? 1 : 2;
    assertEquals(3, plan.cells(shardOfF).size(), "the measured expensive group is alone on its shard");
    assertEquals(300, plan.cost(shardOfF), 1e-9);
    assertTrue(costs.measured());
    assertEquals(64, costs.hash().length());
  }
}
