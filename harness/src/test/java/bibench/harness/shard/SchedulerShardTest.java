package bibench.harness.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerShardTest {

  @Test
  void aSlurmArrayFromOneIsTheShardItself() {
    SchedulerShard s = SchedulerShard.from(Map.of("SLURM_ARRAY_JOB_ID", "41", "SLURM_ARRAY_TASK_ID", "3",
        "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "8"));
    assertEquals(3, s.index());
    assertEquals(8, s.count());
    assertTrue(s.source().startsWith("Slurm array job 41, task 3"), s.source());
  }

  @Test
  void aSlurmArrayFromZeroOrWithAStepIsMappedOntoOneToN() {
    SchedulerShard zero = SchedulerShard.from(Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_MIN", "0",
        "SLURM_ARRAY_TASK_MAX", "7"));
    assertEquals(1, zero.index());
    assertEquals(8, zero.count());
    SchedulerShard stepped = SchedulerShard.from(Map.of("SLURM_ARRAY_TASK_ID", "10", "SLURM_ARRAY_TASK_MIN", "2",
        "SLURM_ARRAY_TASK_MAX", "14", "SLURM_ARRAY_TASK_STEP", "4"));
    assertEquals(3, stepped.index());
    assertEquals(4, stepped.count());
  }

  @Test
  void anIndexedJobPodNeedsTheDocumentedCount() {
    SchedulerShard s = SchedulerShard.from(Map.of("JOB_COMPLETION_INDEX", "15", "BIBENCH_SHARD_COUNT", "16"));
    assertEquals(16, s.index());
    assertEquals(16, s.count());
    BadInputException e = assertThrows(BadInputException.class,
        () -> SchedulerShard.from(Map.of("JOB_COMPLETION_INDEX", "0")));
    assertTrue(e.getMessage().contains("BIBENCH_SHARD_COUNT is not"), e.getMessage());
    assertThrows(BadInputException.class,
        () -> SchedulerShard.from(Map.of("JOB_COMPLETION_INDEX", "16", "BIBENCH_SHARD_COUNT", "16")));
  }

  @Test
  void withoutASchedulerItSaysHowToGiveTheShard() {
    BadInputException e = assertThrows(BadInputException.class, () -> SchedulerShard.from(Map.of("HOME", "/root")));
    assertTrue(e.getMessage().contains("--shard k/n"), e.getMessage());
    assertThrows(BadInputException.class, () -> SchedulerShard.from(Map.of("SLURM_ARRAY_TASK_ID", "x",
        "SLURM_ARRAY_TASK_COUNT", "2")));
  }
}
