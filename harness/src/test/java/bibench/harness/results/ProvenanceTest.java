package bibench.harness.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provenance is typed JSON that identifies the CPU and the allocator; old all-strings files still read. */
class ProvenanceTest {
  static final List<String> ZEN3 = List.of("processor\t: 0", "vendor_id\t: AuthenticAMD", "cpu family\t: 25",
      "model\t\t: 1", "model name\t: AMD EPYC", "stepping\t: 1", "microcode\t: 0x1000065",
      "flags\t\t: fpu sse2 avx2 fma popcnt", "", "processor\t: 1", "vendor_id\t: AuthenticAMD");
  static final List<String> ZEN5 = List.of("vendor_id\t: AuthenticAMD", "cpu family\t: 26", "model\t\t: 2",
      "model name\t: AMD EPYC", "stepping\t: 1", "microcode\t: 0xb002116",
      "flags\t\t: fpu sse2 avx2 fma popcnt avx512f avx512_vpopcntdq");

  @TempDir Path dir;

  static RunInputs inputs(String commit, String dataLocation) {
    DataInputs data = new DataInputs("shipped sets", null, Map.of("optdigits",
        new DataInputs.TaskInput("shipped with BiBench-J", dataLocation, "fixed by the commit")));
    return new RunInputs(commit, new RunInputs.SuiteText("smoke", "Seconds: for tests", "smoke", "{\"name\": \"smoke\"}"),
        List.of("learning_task"), List.of("fp32", "bnn"), List.of(1L, 2L, 3L), "1/1", 2, data,
        new RunInputs.EngineInfo("PyTorch", "2.7.1", 1, 1, "cpu"),
        List.of(new RunInputs.PlannedCell("learning_task", "learning_task optdigits/mlp fp32 seed 1", "def-1")));
  }

  private static Provenance collected(List<String> cpuinfo, AllocatorInfo allocator) {
    return RunProvenance.of("20261203T120000Z-abcdef12", Instant.parse("2026-12-03T12:00:00Z"),
        inputs("abcdef1234", "classpath:bibench/datasets/optdigits"), CpuIdentity.parse(cpuinfo), allocator);
  }

  private static AllocatorInfo jemalloc() {
    return AllocatorInfo.detect(List.of("7f00-7f10 r-xp 00000000 08:01 123 /usr/lib/x86_64-linux-gnu/libjemalloc.so.2"),
        Map.of("MALLOC_CONF", "dirty_decay_ms:-1", "LD_PRELOAD", "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2", "HOME", "/x"));
  }

  @Test
  void valuesAreTypedNumbersArraysAndObjects() throws IOException {
    Path file = dir.resolve("provenance.json");
    collected(ZEN3, jemalloc()).write(file);
    JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    assertEquals(2, json.get("schema").getAsInt());
    assertTrue(json.get("cores").getAsJsonPrimitive().isNumber(), json.toString());
    assertEquals("[1,2,3]", json.get("seeds").toString());
    assertEquals("[\"fp32\",\"bnn\"]", json.get("operators").toString());
    assertEquals("[\"learning_task\"]", json.get("tracks").toString());
    assertEquals(2, json.get("workers").getAsInt());
    assertEquals(1, json.get("cells").getAsInt());
    assertEquals("Seconds: for tests", json.get("suite_description").getAsString());
    assertEquals(Journal.hash("{\"name\": \"smoke\"}"), json.get("suite_sha256").getAsString());
    JsonObject cpu = json.getAsJsonObject("cpu");
    assertEquals("AuthenticAMD", cpu.get("vendor").getAsString());
    assertEquals(25, cpu.get("family").getAsInt());
    assertEquals(1, cpu.get("model").getAsInt());
    assertEquals(1, cpu.get("stepping").getAsInt());
    assertEquals("0x1000065", cpu.get("microcode").getAsString());
    assertEquals("[\"avx2\",\"fma\",\"fpu\",\"popcnt\",\"sse2\"]", cpu.get("flags").toString());
    JsonObject allocator = json.getAsJsonObject("allocator");
    assertEquals("jemalloc", allocator.get("name").getAsString());
    assertEquals("dirty_decay_ms:-1", allocator.getAsJsonObject("settings").get("MALLOC_CONF").getAsString());
    assertFalse(allocator.getAsJsonObject("settings").has("HOME"));
    assertEquals(1, json.get("engine_threads").getAsInt());
    assertEquals("cpu", json.get("device").getAsString());
    assertEquals("shipped with BiBench-J",
        json.getAsJsonObject("data").getAsJsonObject("tasks").getAsJsonObject("optdigits").get("origin").getAsString());

    Provenance read = Provenance.read(file);
    assertEquals(2, read.schema());
    assertEquals("1, 2, 3", read.get("seeds"));
    assertEquals("AMD EPYC", read.get("cpu_model")); // the old flat name still answers
    assertEquals("avx2 fma popcnt", read.get("cpu_flags"));
    assertEquals("25", read.get("cpu.family"));
    assertTrue(read.fingerprint().complete(), read.fingerprint().unknown().toString());
  }

  @Test
  void aGenericModelNameDoesNotHideAnotherGenerationOrAllocator() {
    MachineFingerprint zen3 = collected(ZEN3, jemalloc()).fingerprint();
    assertTrue(zen3.sameMachineAs(collected(ZEN3, jemalloc()).fingerprint()));
    MachineFingerprint zen5 = collected(ZEN5, jemalloc()).fingerprint();
    assertFalse(zen3.sameMachineAs(zen5));
    assertTrue(zen3.differences(zen5).contains("cpu.family '25' vs '26'"), zen3.differences(zen5).toString());
    MachineFingerprint glibc = collected(ZEN3, AllocatorInfo.detect(List.of(), Map.of())).fingerprint();
    assertEquals(List.of("allocator 'jemalloc (MALLOC_CONF=dirty_decay_ms:-1)' vs 'glibc'"), zen3.differences(glibc));
  }

  @Test
  void oldAllStringFilesAreReadButDoNotIdentifyTheMachine() throws IOException {
    Path file = dir.resolve("old.json");
    Files.writeString(file, """
        {
          "run_id": "20261126T010614Z-750f636f",
          "suite": "quick",
          "cores": "2",
          "cpu_flags": "avx2 avx512f fma popcnt",
          "cpu_flags_hash": "3bc50b6e",
          "cpu_model": "AMD EPYC",
          "data": "shipped sets",
          "engine": "PyTorch 2.7.1",
          "operators": "fp32,bnn,xnor",
          "seeds": "[1]",
          "shard": "1/1",
          "threads": "1"
        }
        """);
    Provenance old = Provenance.read(file);
    assertEquals(1, old.schema());
    assertEquals(2, old.json().get("cores").getAsInt());
    assertEquals("[1]", old.json().get("seeds").toString());
    assertEquals(List.of("fp32", "bnn", "xnor"), old.list("operators"));
    assertEquals("AMD EPYC", old.get("cpu_model"));
    assertEquals("avx2 avx512f fma popcnt", old.get("cpu_flags"));
    assertEquals("1", old.get("threads"));
    assertEquals("shipped sets", old.get("data.source"));
    MachineFingerprint fp = old.fingerprint();
    assertFalse(fp.complete());
    assertFalse(fp.sameMachineAs(fp), "an unidentified machine equals nothing");
    assertTrue(fp.unknown().get(0).contains("schema 1"), fp.unknown().toString());
  }

  @Test
  void cpuinfoOfArmAndOfNothing() {
    CpuIdentity arm = CpuIdentity.parse(List.of("processor\t: 0", "BogoMIPS\t: 50.00", "Features\t: fp asimd sve",
        "CPU implementer\t: 0x41", "CPU architecture: 8", "CPU variant\t: 0x1", "CPU part\t: 0xd0c", "CPU revision\t: 1"));
    assertEquals("0x41", arm.vendor());
    assertEquals(8, arm.family());
    assertEquals(0xd0c, arm.model());
    assertEquals(1, arm.stepping());
    assertEquals("asimd sve", arm.kernelFlags());
    CpuIdentity none = CpuIdentity.parse(List.of());
    assertNull(none.family());
    assertTrue(none.modelName().endsWith("(model unknown)"));
  }

  @Test
  void theAllocatorIsWhatIsMappedNotWhatWasAskedFor() {
    AllocatorInfo asked = AllocatorInfo.detect(List.of("7f00-7f10 r-xp 00000000 08:01 1 /usr/lib/libc.so.6"),
        Map.of("LD_PRELOAD", "/nonexistent/libjemalloc.so.2", "GLIBC_TUNABLES", "glibc.malloc.arena_max=2"));
    assertEquals("glibc", asked.name());
    assertEquals("glibc (GLIBC_TUNABLES=glibc.malloc.arena_max=2)", asked.describe());
    assertEquals("jemalloc", jemalloc().name());
    assertEquals("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2", jemalloc().library());
  }

  @Test
  void shardsThatDisagreeGiveMixedValuesAndNoFingerprint() {
    JsonObject a = collected(ZEN3, jemalloc()).json();
    JsonObject b = collected(ZEN5, jemalloc()).json();
    Provenance merged = new Provenance(ProvenanceMerge.merge(List.of(a, b)));
    assertEquals("mixed: 25 | 26", merged.get("cpu.family"));
    assertEquals("AMD EPYC", merged.get("cpu_model"));
    assertFalse(merged.fingerprint().complete());
    assertTrue(merged.fingerprint().unknown().toString().contains("cpu.family differs between the merged shards"),
        merged.fingerprint().unknown().toString());
  }
}
