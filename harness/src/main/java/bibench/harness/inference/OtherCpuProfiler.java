package bibench.harness.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * A JMH profiler that measures how much CPU other processes used while each measured iteration
 * ran, in cores (1.0 = one core busy all the time): the machine's busy time from {@code
 * /proc/stat} (user, nice, system, irq, softirq) minus the CPU time of the benchmark JVM and of the
 * JVM that launched it (the harness), over the iteration's wall time. The load average would not
 * do: it lags by minutes and counts the benchmark itself.
 *
 * <p>JMH reports the mean over measured iterations as the secondary result {@value #LABEL}; rows
 * measured while it exceeded {@link #NOISY_CORES} are marked. Where {@code /proc/stat} cannot be
 * read (not Linux) no result is reported.
 */
public final class OtherCpuProfiler implements InternalProfiler {
  /** The secondary result's label in JMH's results. */
  public static final String LABEL = "others.cpu";

  /** Above this many cores of other processes' CPU time a row is marked as measured on a busy machine. */
  public static final double NOISY_CORES = 0.1;

  private static final Path STAT = Path.of("/proc/stat");
  private static final double TICKS_PER_SECOND = 100.0;
  private long startWall;
  private double startBusy;
  private double startOwn;

  @Override
  public String getDescription() {
    return "CPU time of other processes during measured iterations, in cores";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    startBusy = busySeconds();
    startOwn = ownSeconds();
    startWall = System.nanoTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    double busy = busySeconds();
    double own = ownSeconds();
    double wall = (System.nanoTime() - startWall) / 1e9;
    if (iteration.getType() != IterationType.MEASUREMENT || Double.isNaN(busy) || wall <= 0) {
      return List.of();
    }
    double others = Math.max(0, (busy - startBusy) - (own - startOwn)) / wall;
    return List.of(new ScalarResult(LABEL, others, "cores", AggregationPolicy.AVG));
  }

  /** Seconds the whole machine has been busy since boot (all CPUs), or NaN. */
  static double busySeconds() {
    try {
      String first = Files.readAllLines(STAT).get(0);
      return busyTicks(first) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** user + nice + system + irq + softirq of the {@code cpu} line of /proc/stat. */
  static long busyTicks(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
    }
    return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
        + Long.parseLong(f[6]) + Long.parseLong(f[7]);
  }

  /** CPU seconds of this JVM and of its parent (the harness that launched it). */
  static double ownSeconds() {
    ProcessHandle self = ProcessHandle.current();
    return cpu(self) + self.parent().map(OtherCpuProfiler::cpu).orElse(0.0);
  }

  private static double cpu(ProcessHandle p) {
    return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
  }
}
