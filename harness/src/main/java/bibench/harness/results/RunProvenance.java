package bibench.harness.results;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Collects a run's provenance (schema {@value Provenance#SCHEMA}) on this machine from the run's
 * inputs: the fields of docs/rows.md, "Provenance", in that order.
 */
public final class RunProvenance {
  /** The copy of the suite's text in a run folder. */
  public static final String SUITE_FILE = "suite.json";

  private RunProvenance() {}

  /** The provenance of run {@code runId}, started at {@code date}, from {@code in}, on this machine. */
  public static Provenance of(String runId, Instant date, RunInputs in) {
    return of(runId, date, in, CpuIdentity.ofThisMachine(), AllocatorInfo.ofThisProcess());
  }

  /** The same with the CPU and allocator given (tests). */
  public static Provenance of(String runId, Instant date, RunInputs in, CpuIdentity cpu, AllocatorInfo allocator) {
    JsonObject p = new JsonObject();
    p.addProperty("schema", Provenance.SCHEMA);
    p.addProperty("run_id", runId);
    p.addProperty("date", DateTimeFormatter.ISO_INSTANT.format(date.atOffset(ZoneOffset.UTC)));
    p.addProperty("commit", in.commit());
    p.addProperty("suite", in.suite().name());
    p.addProperty("suite_description", in.suite().description());
    p.addProperty("suite_source", in.suite().source());
    p.addProperty("suite_sha256", in.suite().sha256());
    p.addProperty("suite_file", SUITE_FILE);
    p.add("tracks", Provenance.strings(in.tracks()));
    p.add("operators", Provenance.strings(in.operators()));
    p.add("seeds", Provenance.numbers(in.seeds()));
    p.addProperty("shard", in.shard());
    p.addProperty("cells", in.cells().size());
    p.addProperty("cells_sha256", in.cellsHash());
    p.addProperty("workers", in.workers());
    p.add("data", in.data().toJson());
    RunInputs.EngineInfo engine = in.engine();
    p.addProperty("engine", engine.name() + " " + engine.version());
    p.add("engine_threads", engine.threads() == null ? JsonNull.INSTANCE : new JsonPrimitive(engine.threads()));
    p.add("engine_interop_threads", engine.interopThreads() == null ? JsonNull.INSTANCE
        : new JsonPrimitive(engine.interopThreads()));
    p.addProperty("device", engine.device());
    in.extra().forEach((key, value) -> {
      if (!p.has(key)) {
        p.add(key, value == null ? JsonNull.INSTANCE : value instanceof Number n ? new JsonPrimitive(n)
            : value instanceof Boolean b ? new JsonPrimitive(b) : new JsonPrimitive(value.toString()));
      }
    });
    p.add("cpu", cpu.toJson());
    p.addProperty("cores", Runtime.getRuntime().availableProcessors());
    p.add("load_average", loadAverage());
    p.add("memory_bytes", memoryBytes());
    p.addProperty("max_heap_bytes", Runtime.getRuntime().maxMemory());
    p.addProperty("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    p.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    p.add("allocator", allocator.toJson());
    return new Provenance(p);
  }

  /** The 1, 5 and 15 minute load averages when the run started (/proc/loadavg), or null. */
  private static com.google.gson.JsonElement loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip().split("\\s+");
      com.google.gson.JsonArray load = new com.google.gson.JsonArray();
      for (int i = 0; i < 3; i++) {
        load.add(Double.parseDouble(parts[i]));
      }
      return load;
    } catch (java.io.IOException | RuntimeException e) {
      return JsonNull.INSTANCE;
    }
  }

  private static com.google.gson.JsonElement memoryBytes() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return new JsonPrimitive(os.getTotalMemorySize());
    }
    return JsonNull.INSTANCE;
  }
}
