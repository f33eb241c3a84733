package bibench.harness.workers;

import bibench.tracks.Cell;
import bibench.tracks.Progress;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress lines of a run: one line per finished cell with its result, the elapsed time and an
 * estimate of the time left (from the cells' estimated costs, refined by how fast the finished ones
 * went), and, when nothing has been printed for a while, a heartbeat naming the cells still running,
 * the epoch they are at and how long they have run. Notes from inside a cell (a model being
 * trained) are printed as they come; epoch notes only feed the heartbeat.
 */
public final class ProgressBoard implements WorkerPool.Listener, AutoCloseable {
  /** The JDK's start-up line for the Vector API module, printed by every JVM that loads it. */
  static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

  private final PrintStream out;
  private final List<Cell> cells;
  private final int total;
  private final long heartbeatNanos;
  private final long start = System.nanoTime();
  private final Map<Integer, Running> running = new LinkedHashMap<>();
  private final ScheduledExecutorService timer;
  private int finished;
  private double costDone;
  private double costLeft;
  private long lastPrint = System.nanoTime();

  private record Running(long since, String status) {}

  /**
   * @param cells the run's cells, in plan order
   * @param alreadyDone how many of them an earlier attempt finished
   * @param costLeft the estimated cost of the cells still to run
   * @param heartbeatSeconds print a heartbeat after this many silent seconds (0: never)
   */
  public ProgressBoard(PrintStream out, List<Cell> cells, int alreadyDone, double costLeft, int heartbeatSeconds) {
    this.out = out;
    this.cells = cells;
    this.total = cells.size();
    this.finished = alreadyDone;
    this.costLeft = costLeft;
    this.heartbeatNanos = heartbeatSeconds * 1_000_000_000L;
    if (heartbeatSeconds > 0) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bibench-heartbeat");
        t.setDaemon(true);
        return t;
      });
      long period = Math.max(1, heartbeatSeconds / 4);
      timer.scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.SECONDS);
    } else {
      timer = null;
    }
  }

  @Override
  public synchronized void started(int cell, int worker) {
    running.put(cell, new Running(System.nanoTime(), ""));
  }

  @Override
  public synchronized void done(int cell, double seconds, String summary) {
    running.remove(cell);
    finished++;
    double cost = cells.get(cell).estimatedCost();
    costDone += cost;
    costLeft = Math.max(0, costLeft - cost);
    print(String.format(Locale.ROOT, "[%d/%d] %s: %s (%.1f s; %s)", finished, total, cells.get(cell).label(), summary,
        seconds, timing()));
  }

  @Override
  public synchronized void note(int cell, String text) {
    Running r = running.get(cell);
    if (text.startsWith(Progress.EPOCH_NOTE)) {
      if (r != null) {
        running.put(cell, new Running(r.since(), text));
      }
      return;
    }
    print(text);
  }

  @Override
  public synchronized void text(int worker, String line) {
    if (line.equals(INCUBATOR_WARNING)) {
      return; // every JVM prints it at start-up and nothing can silence it; this run already did once
    }
    print("[worker " + worker + "] " + line);
  }

  /** The elapsed time and, once some cells have finished, the estimated time left. */
  synchronized String timing() {
    double elapsed = (System.nanoTime() - start) / 1e9;
    String text = "elapsed " + clock(elapsed);
    if (costDone > 0) {
      text += ", about " + clock(elapsed * costLeft / costDone) + " left";
    }
    return text;
  }

  private synchronized void heartbeat() {
    long now = System.nanoTime();
    if (running.isEmpty() || now - lastPrint < heartbeatNanos) {
      return;
    }
    StringBuilder line = new StringBuilder("  ... ").append(timing()).append("; running:");
    running.forEach((cell, r) -> line.append(' ').append(cells.get(cell).label())
        .append(r.status().isEmpty() ? "" : " [" + r.status() + "]")
        .append(" (").append(clock((now - r.since()) / 1e9)).append(')').append(';'));
    print(line.substring(0, line.length() - 1));
  }

  private void print(String line) {
    out.println(line);
    out.flush();
    lastPrint = System.nanoTime();
  }

  /** m:ss, or h:mm:ss from an hour on. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
