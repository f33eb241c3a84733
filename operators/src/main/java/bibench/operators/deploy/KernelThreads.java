package bibench.operators.deploy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A small fixed team of threads that splits one kernel call into ranges, without allocating.
 *
 * <p>{@link #run} hands {@code [0, count)} out in contiguous, nearly equal ranges: the calling
 * thread does range 0, the team's daemon threads the others, and {@code run} returns when all are
 * done. Hand-off uses volatile fields and {@link LockSupport} (no queues, no futures), so a call
 * allocates nothing. Both sides spin for up to {@link #SPIN_NANOS} before parking: on the
 * benchmark VM waking a parked thread took tens of microseconds, as long as a whole layer, and
 * two threads were slower than one. Kernel calls that follow each other closely (the layers of a
 * network) therefore never park. One team can serve many kernels, one call at a time.
 * Single-threaded kernels (the default) never touch it. Close it to stop its threads.
 */
public final class KernelThreads implements AutoCloseable {
  /** How long a waiting participant spins before it parks. */
  public static final long SPIN_NANOS = 200_000L;

  /** Work over a range of indices, done by one participant. */
  @FunctionalInterface
  public interface RangeTask {
    /**
     * @param participant 0 for the calling thread, 1.. for the team's threads
     * @param from first index
     * @param to one past the last index
     */
    void run(int participant, int from, int to);
  }

  private final Thread[] team;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile int generation;
  private volatile boolean closed;
  private volatile RangeTask task;
  private volatile int count;
  private volatile Thread caller;
  private volatile Throwable failure;

  private KernelThreads(int threads) {
    team = new Thread[threads - 1];
    for (int i = 0; i < team.length; i++) {
      int participant = i + 1;
      team[i] = new Thread(() -> loop(participant), "bibench-kernel-" + participant);
      team[i].setDaemon(true);
      team[i].start();
    }
  }

  /**
   * A team of {@code threads} participants (the caller counts as one).
   *
   * @throws bibench.BadInputException if threads is less than 1
   */
  public static KernelThreads create(int threads) {
    if (threads < 1) {
      throw new bibench.BadInputException(
          "kernel threads must be 1 or more, got " + threads, "use KernelThreads.create(1..cores)");
    }
    return new KernelThreads(threads);
  }

  /** Participants, the caller included. */
  public int threads() {
    return team.length + 1;
  }

  /** Runs {@code task} over {@code [0, count)} split among the participants; rethrows failures. */
  public synchronized void run(int count, RangeTask task) {
    if (closed) {
      throw new IllegalStateException("KernelThreads is closed");
    }
    if (team.length == 0 || count < 2) {
      task.run(0, 0, count);
      return;
    }
    this.task = task;
    this.count = count;
    this.caller = Thread.currentThread();
    this.failure = null;
    pending.set(team.length);
    generation++;
    for (Thread t : team) {
      LockSupport.unpark(t);
    }
    task.run(0, 0, bound(0, count));
    long spinUntil = System.nanoTime() + SPIN_NANOS;
    while (pending.get() != 0) {
      if (System.nanoTime() < spinUntil) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
      }
    }
    this.task = null;
    Throwable f = failure;
    if (f != null) {
      throw new IllegalStateException("a kernel thread failed", f);
    }
  }

  private int bound(int participant, int n) {
    return (int) ((long) n * (participant + 1) / threads());
  }

  private void loop(int participant) {
    int seen = 0;
    while (true) {
      long spinUntil = System.nanoTime() + SPIN_NANOS;
      while (generation == seen) {
        if (closed) {
          return;
        }
        if (System.nanoTime() < spinUntil) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      seen = generation;
      try {
        int n = count;
        int from = (int) ((long) n * participant / threads());
        task.run(participant, from, bound(participant, n));
      } catch (Throwable t) {
        failure = t;
      } finally {
        if (pending.decrementAndGet() == 0) {
          LockSupport.unpark(caller);
        }
      }
    }
  }

  /** Stops the team's threads. */
  @Override
  public void close() {
    closed = true;
    for (Thread t : team) {
      LockSupport.unpark(t);
    }
  }
}
