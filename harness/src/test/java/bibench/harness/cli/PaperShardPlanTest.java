package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.shard.CostsFile;
import bibench.harness.shard.SchedulerShard;
import bibench.harness.shard.ShardPlan;
import bibench.harness.shard.ShardPlanReport;
import bibench.harness.suite.Suite;
import bibench.harness.suite.Suites;
import bibench.tracks.Cell;
import bibench.tracks.ModelKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The paper suite under an 8-task Slurm array: the plan every task computes. */
class PaperShardPlanTest {

  @Test
  void eightSlurmShardsOfPaperTrainEveryFp32ModelOnceAndCoverEveryCellOnce() {
    Suite paper = Suites.load("paper");
    List<Cell> cells = TrackCells.of(paper, paper.operators(), null);
    SchedulerShard me = SchedulerShard.from(Map.of("SLURM_ARRAY_JOB_ID", "7", "SLURM_ARRAY_TASK_ID", "3",
        "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "8"));
    ShardPlan plan = ShardPlan.of(cells, me.count(), CostsFile.NONE);
    Map<ModelKey, Integer> fp32On = new HashMap<>();
    Set<Cell> seen = new HashSet<>();
    for (int k = 1; k <= 8; k++) {
      for (ModelKey m : plan.fp32Models(k)) {
        Integer other = fp32On.putIfAbsent(m, k);
        assertTrue(other == null, m + " on shards " + other + " and " + k);
      }
      for (Cell c : plan.cells(k)) {
        assertTrue(seen.add(c), c.label() + " twice");
        c.sharedModel().ifPresent(m -> assertTrue(!m.text().startsWith("fp32|") || fp32On.containsKey(m)));
      }
    }
    assertEquals(cells.size(), seen.size());
    ShardPlan again = ShardPlan.of(TrackCells.of(paper, paper.operators(), null), 8, CostsFile.NONE);
    for (int k = 1; k <= 8; k++) {
      assertEquals(plan.cells(k).stream().map(Cell::definition).toList(),
          again.cells(k).stream().map(Cell::definition).toList(), "the plan is a pure function");
    }
    System.out.println("paper, " + cells.size() + " cells, " + me.source() + ":");
    System.out.print(ShardPlanReport.render(plan, CostsFile.NONE, me.index()));
  }
}
