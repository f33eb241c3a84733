package bibench.harness.workers;

import bibench.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs a run's cell groups on parallel worker processes (each a JVM with one engine thread): a
 * worker takes the costliest group not yet started, runs its cells one by one, then the next group.
 * Cells of a group share a trained model and stay on one worker; every finished cell is in the
 * journal before the coordinator hears of it, so a killed run loses at most the cells that were
 * running.
 *
 * <p>When a cell fails (bad input, or an internal error, or its worker dies), no new cell is
 * started, the cells still running finish and are kept, and then the failure is thrown: a {@link
 * BadInputException} for bad input (exit 2), an {@link IllegalStateException} otherwise.
 */
public final class WorkerPool {

  /** Hears what the workers do (the progress display, the results file). */
  public interface Listener {
    /** Cell {@code cell} started on worker {@code worker}. */
    void started(int cell, int worker);

    /** Cell {@code cell} finished and is in the journal. */
    void done(int cell, double seconds, String summary);

    /** A progress note from inside a running cell (an epoch finished, a model is being trained). */
    void note(int cell, String text);

    /** A line a worker printed that is not part of the protocol (engine warnings, errors). */
    void text(int worker, String line);
  }

  private final Deque<CellGroups.Group> pending;
  private final Listener listener;
  private final BlockingQueue<WorkerEvent> events = new LinkedBlockingQueue<>();
  private final List<WorkerProcess> workers = new ArrayList<>();
  private final Map<Integer, Iterator<Integer>> groupOf = new java.util.HashMap<>();
  private final Map<Integer, Integer> running = new java.util.HashMap<>();
  private RuntimeException failure;

  private WorkerPool(CellGroups groups, Listener listener) {
    this.pending = new ArrayDeque<>(groups.groups());
    this.listener = listener;
  }

  /**
   * Runs every group of {@code groups} on at most {@code count} workers, each started with {@code
   * command} (a worker command line) and {@code environment} added to this process's.
   */
  public static void run(CellGroups groups, int count, List<String> command, Map<String, String> environment,
      Listener listener) {
    new WorkerPool(groups, listener).runAll(Math.max(1, Math.min(count, groups.groups().size())), command, environment);
  }

  private void runAll(int count, List<String> command, Map<String, String> environment) {
    if (pending.isEmpty()) {
      return;
    }
    Thread killer = new Thread(() -> workers.forEach(WorkerProcess::kill), "bibench-worker-killer");
    Runtime.getRuntime().addShutdownHook(killer);
    try {
      for (int n = 1; n <= count; n++) {
        WorkerProcess worker = WorkerProcess.start(n, command, environment, events);
        workers.add(worker);
        dispatch(worker);
      }
      int alive = workers.size();
      while (alive > 0) {
        WorkerEvent event = events.take();
        alive -= handle(event) ? 1 : 0;
      }
    } catch (IOException e) {
      workers.forEach(WorkerProcess::kill);
      throw new UncheckedIOException("cannot start a worker process", e);
    } catch (InterruptedException e) {
      workers.forEach(WorkerProcess::kill);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while workers ran", e);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(killer);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting; the hook kills the workers
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Handles one event; true when a worker process has ended. */
  private boolean handle(WorkerEvent event) {
    WorkerProcess worker = workers.get(event.worker() - 1);
    switch (event.kind()) {
      case DONE -> {
        running.remove(worker.number());
        listener.done(event.cell(), event.seconds(), event.text());
        dispatch(worker);
      }
      case NOTE -> listener.note(event.cell(), event.text());
      case TEXT -> listener.text(worker.number(), event.text());
      case FAIL -> {
        running.remove(worker.number());
        fail(event.badInput() ? new BadInputException(event.text(), null)
            : new IllegalStateException("cell " + event.cell() + " failed in worker " + worker.number() + ": "
                + event.text()));
        worker.finish();
      }
      case EXITED -> {
        Integer cell = running.remove(worker.number());
        if (cell != null) {
          fail(new WorkerStoppedException(worker.number(), event.text(), cell));
        } else if (!event.text().equals("0") && failure == null) {
          fail(new IllegalStateException("worker " + worker.number() + " stopped with exit code " + event.text()));
        }
        return true;
      }
      default -> throw new IllegalStateException("unknown event " + event);
    }
    return false;
  }

  /** Gives {@code worker} its next cell, or tells it to finish. */
  private void dispatch(WorkerProcess worker) {
    if (failure != null) {
      worker.finish();
      return;
    }
    Iterator<Integer> group = groupOf.get(worker.number());
    while (group == null || !group.hasNext()) {
      if (pending.isEmpty()) {
        worker.finish();
        return;
      }
      group = pending.poll().cells().iterator();
      groupOf.put(worker.number(), group);
    }
    int cell = group.next();
    running.put(worker.number(), cell);
    listener.started(cell, worker.number());
    worker.send(cell);
  }

  private void fail(RuntimeException e) {
    if (failure == null) {
      failure = e;
    }
    for (WorkerProcess w : workers) {
      if (!running.containsKey(w.number())) {
        w.finish();
      }
    }
  }
}
