package bibench.harness.shard;

import bibench.BadInputException;
import java.util.Map;

/**
 * {@code --shard auto}: which shard this process is, read from the scheduler that started it.
 *
 * <ul>
 *   <li>A Slurm job array: {@code SLURM_ARRAY_TASK_ID} among the array's indices, whose number is
 *       {@code SLURM_ARRAY_TASK_COUNT}, or is derived from {@code SLURM_ARRAY_TASK_MIN}, {@code
 *       SLURM_ARRAY_TASK_MAX} and {@code SLURM_ARRAY_TASK_STEP} (so {@code --array=0-7} and
 *       {@code --array=1-8} both give shards 1..8).
 *   <li>A Kubernetes Indexed Job: {@code JOB_COMPLETION_INDEX} (0 .. n-1) and {@code
 *       BIBENCH_SHARD_COUNT}, which the Job must set to its {@code completions}: a pod is not told
 *       the count.
 * </ul>
 *
 * A CI matrix has no such variables: it passes {@code --shard k/n} itself.
 *
 * @param index k, from 1
 * @param count n
 * @param source which scheduler and variables, for the run's first line and provenance
 */
public record SchedulerShard(int index, int count, String source) {
  /** The count variable an Indexed Job must set. */
  public static final String COUNT_VARIABLE = "BIBENCH_SHARD_COUNT";

  /** Reads the shard from the process environment. */
  public static SchedulerShard fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * Reads the shard from {@code env}.
   *
   * @throws BadInputException when no scheduler index is there, or its variables disagree
   */
  public static SchedulerShard from(Map<String, String> env) {
    if (env.containsKey("SLURM_ARRAY_TASK_ID")) {
      return slurm(env);
    }
    if (env.containsKey("JOB_COMPLETION_INDEX")) {
      return kubernetes(env);
    }
    throw new BadInputException("--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor"
        + " JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set",
        "run it as an array task or an Indexed Job pod, or give the shard: --shard k/n (a CI matrix: --shard <k>/<n>)");
  }

  private static SchedulerShard slurm(Map<String, String> env) {
    int id = number(env, "SLURM_ARRAY_TASK_ID");
    int step = env.containsKey("SLURM_ARRAY_TASK_STEP") ? number(env, "SLURM_ARRAY_TASK_STEP") : 1;
    int min = env.containsKey("SLURM_ARRAY_TASK_MIN") ? number(env, "SLURM_ARRAY_TASK_MIN") : 1;
    int count;
    if (env.containsKey("SLURM_ARRAY_TASK_COUNT")) {
      count = number(env, "SLURM_ARRAY_TASK_COUNT");
    } else if (env.containsKey("SLURM_ARRAY_TASK_MAX")) {
      count = (number(env, "SLURM_ARRAY_TASK_MAX") - min) / Math.max(1, step) + 1;
    } else {
      throw new BadInputException("--shard auto: SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT"
          + " nor SLURM_ARRAY_TASK_MAX", "submit an array (sbatch --array=1-n), or give --shard k/n");
    }
    if (step < 1 || (id - min) % step != 0) {
      throw new BadInputException("--shard auto: array task " + id + " is not on the array's grid (min " + min
          + ", step " + step + ")", "submit a plain range such as --array=1-" + count + ", or give --shard k/n");
    }
    int k = (id - min) / step + 1;
    check(k, count, "SLURM_ARRAY_TASK_ID=" + id);
    return new SchedulerShard(k, count, "Slurm array job " + env.getOrDefault("SLURM_ARRAY_JOB_ID", "?")
        + ", task " + id + " (shard " + k + " of " + count + ")");
  }

  private static SchedulerShard kubernetes(Map<String, String> env) {
    int index = number(env, "JOB_COMPLETION_INDEX");
    if (!env.containsKey(COUNT_VARIABLE)) {
      throw new BadInputException("--shard auto: JOB_COMPLETION_INDEX is set but " + COUNT_VARIABLE
          + " is not (a pod is not told the Job's completions)",
          "set " + COUNT_VARIABLE + " to the Job's completions in the pod's environment, as the shipped"
              + " deploy/kubernetes/bibench-indexed-job.yaml does");
    }
    int count = number(env, COUNT_VARIABLE);
    check(index + 1, count, "JOB_COMPLETION_INDEX=" + index);
    return new SchedulerShard(index + 1, count, "Kubernetes Indexed Job, completion index " + index
        + " (shard " + (index + 1) + " of " + count + ")");
  }

  private static void check(int k, int n, String what) {
    if (n < 1 || k < 1 || k > n) {
      throw new BadInputException("--shard auto: " + what + " gives shard " + k + " of " + n + ", outside 1.." + n,
          "make the array or Job's indices cover exactly n shards, or give --shard k/n");
    }
  }

  private static int number(Map<String, String> env, String name) {
    String value = env.get(name);
    try {
      return Integer.parseInt(value.trim());
    } catch (RuntimeException e) {
      throw new BadInputException("--shard auto: " + name + "='" + value + "' is not a whole number",
          "check the scheduler's environment, or give --shard k/n");
    }
  }
}
