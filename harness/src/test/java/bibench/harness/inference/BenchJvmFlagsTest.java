package bibench.harness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.bench.BenchJvm;
import bibench.operators.deploy.KernelSelection;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark JVM gets the flags the cell asked for: a real (short) JMH run at 2 threads, then
 * JMH's own JSON is read back. Java takes the last of repeated {@code -D} and {@code -Xmx} flags,
 * so the test checks the last value of each, and that nothing repeats them with another value.
 */
class BenchJvmFlagsTest {
  @TempDir Path dir;

  /** The value of the last flag starting with {@code prefix}, and every value it had. */
  private static List<String> values(List<String> args, String prefix) {
    List<String> found = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith(prefix)) {
        found.add(a.substring(prefix.length()));
      }
    }
    return found;
  }

  @Test
  void aTwoThreadRunRecordsTwoTorchThreadsTheHeapAndTheKernelPaths() throws Exception {
    Path json = dir.resolve("jmh").resolve("flags.json");
    new JmhRuns(1, 3, 1, 50).run("bibench\\.harness\\.bench\\.GemmBenchmark\\.binaryGemm$",
        Map.of("shape", List.of("64x64x64")), 2, json);
    JsonArray runs = JsonParser.parseString(Files.readString(json)).getAsJsonArray();
    assertEquals(1, runs.size());
    JsonObject run = runs.get(0).getAsJsonObject();
    List<String> args = new ArrayList<>();
    for (JsonElement e : run.getAsJsonArray("jvmArgs")) {
      args.add(e.getAsString());
    }
    assertEquals(List.of("2"), values(args, "-D" + BenchJvm.TORCH_THREADS + "="), args.toString());
    assertEquals(List.of("1"), values(args, "-Dai.djl.pytorch.num_interop_threads="), args.toString());
    assertEquals(List.of(BenchJvm.HEAP.substring("-Xmx".length())), values(args, "-Xmx"), args.toString());
    assertEquals(List.of(KernelSelection.resolveBinary().id()),
        values(args, "-D" + KernelSelection.BINARY_PROPERTY + "="));
    assertEquals(List.of(KernelSelection.resolveFloat().id()),
        values(args, "-D" + KernelSelection.FP32_PROPERTY + "="));
    assertEquals(1, run.get("forks").getAsInt());
    assertEquals(1, run.get("measurementIterations").getAsInt());
    if (Files.isReadable(Path.of("/proc/stat"))) {
      JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
      assertTrue(secondary.has(OtherCpuProfiler.LABEL), secondary.keySet().toString());
      assertTrue(secondary.getAsJsonObject(OtherCpuProfiler.LABEL).get("score").getAsDouble() >= 0);
    }
  }

  @Test
  void theCpuLineOfProcStatCountsBusyTicksOnly() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    assertEquals(100 + 2 + 30 + 4 + 5,
        OtherCpuProfiler.busyTicks("cpu  100 2 30 5000 70 4 5 9 0 0"));
  }
}
