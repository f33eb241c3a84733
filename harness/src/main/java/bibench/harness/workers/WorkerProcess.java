package bibench.harness.workers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

/**
 * One worker JVM of a parallel run: started with the coordinator's flags, sent cells on its standard
 * input, its output read on a thread and turned into {@link WorkerEvent}s.
 */
final class WorkerProcess {
  private final int number;
  private final Process process;
  private final PrintWriter input;

  private WorkerProcess(int number, Process process) {
    this.number = number;
    this.process = process;
    this.input = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
  }

  /** Starts worker {@code number} with {@code command}, its events going to {@code events}. */
  static WorkerProcess start(int number, List<String> command, Map<String, String> environment,
      BlockingQueue<WorkerEvent> events) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    WorkerProcess worker = new WorkerProcess(number, builder.start());
    Thread reader = new Thread(() -> worker.read(events), "bibench-worker-" + number);
    reader.setDaemon(true);
    reader.start();
    return worker;
  }

  int number() {
    return number;
  }

  /** Asks the worker to run cell {@code index}. */
  void send(int index) {
    input.println(WorkerProtocol.run(index));
  }

  /** No more cells: the worker exits once its current cell is done. */
  void finish() {
    input.close();
  }

  /** Kills the worker at once (the run is being stopped). */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  boolean alive() {
    return process.isAlive();
  }

  private void read(BlockingQueue<WorkerEvent> events) {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        events.add(toEvent(line));
      }
    } catch (IOException e) {
      // the process ended; its exit is reported below
    }
    int code;
    try {
      code = process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = -1;
    }
    events.add(new WorkerEvent(number, WorkerEvent.Kind.EXITED, -1, 0, Integer.toString(code), false));
  }

  private WorkerEvent toEvent(String line) {
    return WorkerProtocol.parse(line).map(m -> switch (m.kind()) {
      case "DONE" -> {
        String[] parts = m.text().split(" ", 2);
        double seconds = parseDouble(parts[0]);
        yield new WorkerEvent(number, WorkerEvent.Kind.DONE, m.cell(), seconds, parts.length > 1 ? parts[1] : "", false);
      }
      case "NOTE" -> new WorkerEvent(number, WorkerEvent.Kind.NOTE, m.cell(), 0, m.text(), false);
      case "FAIL" -> {
        String[] parts = m.text().split(" ", 2);
        yield new WorkerEvent(number, WorkerEvent.Kind.FAIL, m.cell(), 0, parts.length > 1 ? parts[1] : "",
            parts[0].equals("BAD"));
      }
      default -> new WorkerEvent(number, WorkerEvent.Kind.TEXT, -1, 0, line, false);
    }).orElse(new WorkerEvent(number, WorkerEvent.Kind.TEXT, -1, 0, line, false));
  }

  private static double parseDouble(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
