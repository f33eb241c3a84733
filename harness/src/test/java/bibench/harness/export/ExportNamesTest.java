package bibench.harness.export;

import static bibench.harness.testing.Rows.bench;
import static bibench.harness.testing.Rows.count;
import static bibench.harness.testing.Rows.epochTime;
import static bibench.harness.testing.Rows.once;
import static bibench.harness.testing.Rows.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.testing.Golden;
import bibench.harness.testing.RunFolders;
import bibench.results.ResultRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The naming scheme of the github-action-benchmark export: the suite in every name, the machine in
 * the names of machine-dependent metrics, and those in their own files. History tools compare equal
 * names, so names must be equal exactly when a comparison means something.
 */
class ExportNamesTest {
  /** One row of every kind a run writes, on the six tracks. */
  private static final List<ResultRow> ROWS = List.of(
      score("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 96.9),
      epochTime("learning_task", "optdigits", "mlp", "bnn", "finetune", 1, 0.0667),
      score("architecture", "optdigits", "cnn-small", "xnor", "finetune", 1, 91.5),
      score("robustness", "optdigits", "mlp", "react", "contrast/3", 1, 80.25),
      score("training", "optdigits", "mlp", "dorefa", "adam-1e-3-step", 1, 88.5),
      epochTime("training", "optdigits", "mlp", "dorefa", "adam-1e-3-step", 1, 0.05),
      count("32x32x3", "resnet20", "bnn", "params_binary", 268_000),
      count("32x32x3", "resnet20", "bnn", "macs_binary", 40_800_000),
      ResultRow.single("r", "inference", "fashion-mnist", "cnn-small", "bnn", "impl=bitpacked,check", 1, "agreement", 98.5,
          "%", true),
      ResultRow.single("r", "inference", "fashion-mnist", "cnn-small", "bnn", "impl=bitpacked,check", 1,
          "max_logit_error", 0.036, "", false),
      bench("gemm-1024x1024x1024", "bnn", "impl=bitpacked,batch=1,threads=1", "latency", 0.55, "ms", false, 3, 0.1),
      once("gemm-1024x1024x1024", "bnn", "impl=bitpacked,batch=1,threads=1", "macs_per_second", 1.95e12, "MAC/s", true),
      once("gemm-1024x1024x1024", "bnn", "impl=bitpacked,batch=1,threads=1", "alloc", 3.8, "B/op", false),
      once("gemm-1024x1024x1024", "bnn", "impl=bitpacked,batch=1,threads=1", "speedup_vs_fp32", 24.4, "x", true),
      once("resnet18", "bnn", "", "theoretical_speedup", 58, "x", true),
      once("resnet18", "bnn", "", "model_bytes", 1_500_000, "B", false));

  @TempDir Path dir;

  private static Map<String, String> provenance(String suite, String cpuModel, String flagsHash) {
    Map<String, String> p = new LinkedHashMap<>(RunFolders.provenance("r", cpuModel));
    p.put("suite", suite);
    p.put("cpu_flags_hash", flagsHash);
    return p;
  }

  private static ExportNames names(Map<String, String> provenance) {
    return ExportNames.of(Optional.of(RunFolders.typed(provenance)));
  }

  /** Every exported name, per file. */
  private static Map<String, List<String>> export(ExportNames names) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put(BenchmarkActionExport.BIGGER, names(BenchmarkActionExport.entries(ROWS, names, true, false)));
    files.put(BenchmarkActionExport.SMALLER, names(BenchmarkActionExport.entries(ROWS, names, false, false)));
    files.put(BenchmarkActionExport.MACHINE_BIGGER, names(BenchmarkActionExport.entries(ROWS, names, true, true)));
    files.put(BenchmarkActionExport.MACHINE_SMALLER, names(BenchmarkActionExport.entries(ROWS, names, false, true)));
    return files;
  }

  private static List<String> names(List<BenchmarkActionExport.Entry> entries) {
    return entries.stream().map(BenchmarkActionExport.Entry::name).toList();
  }

  private static Set<String> all(Map<String, List<String>> files) {
    Set<String> all = new HashSet<>();
    files.values().forEach(all::addAll);
    return all;
  }

  @Test
  void theNamingSchemeIsPinned() {
    StringBuilder text = new StringBuilder();
    export(names(provenance("quick", "AMD EPYC 7B13 64-Core Processor", "3bc50b6e"))).forEach((file, names) -> {
      text.append(file).append('\n');
      names.forEach(n -> text.append("  ").append(n).append('\n'));
    });
    Golden.assertMatches("export-names.txt", text.toString());
  }

  @Test
  void runsOfDifferentSuitesShareNoName() {
    Set<String> quick = all(export(names(provenance("quick", "AMD EPYC", "3bc50b6e"))));
    Set<String> smoke = all(export(names(provenance("smoke", "AMD EPYC", "3bc50b6e"))));
    // every row gets a name, except those too noisy for the action's threshold (left out of the export)
    long exported = bibench.harness.tables.SeedGroup.of(ROWS).values().stream()
        .filter(g -> !BenchmarkActionExport.tooNoisyForTheAction(g)).count();
    assertTrue(exported < ROWS.size(), "the fixture holds rows the export leaves out");
    assertEquals(exported, quick.size());
    Set<String> common = new HashSet<>(quick);
    common.retainAll(smoke);
    assertEquals(Set.of(), common);
  }

  @Test
  void machinesWithTheSameGenericModelShareOnlyMachineIndependentNames() {
    // a Zen 5 and a Zen 3 cloud host both report "AMD EPYC"; their CPU flags differ
    Map<String, List<String>> zen5 = export(names(provenance("quick", "AMD EPYC", "3bc50b6e")));
    Map<String, List<String>> zen3 = export(names(provenance("quick", "AMD EPYC", "5d0e11c2")));
    assertEquals(zen5.get(BenchmarkActionExport.BIGGER), zen3.get(BenchmarkActionExport.BIGGER));
    assertEquals(zen5.get(BenchmarkActionExport.SMALLER), zen3.get(BenchmarkActionExport.SMALLER));
    for (String file : List.of(BenchmarkActionExport.MACHINE_BIGGER, BenchmarkActionExport.MACHINE_SMALLER)) {
      assertFalse(zen5.get(file).isEmpty(), file);
      Set<String> common = new HashSet<>(zen5.get(file));
      common.retainAll(zen3.get(file));
      assertEquals(Set.of(), common, file);
    }
    // the same machine again: every name continues its history
    assertEquals(zen5, export(names(provenance("quick", "AMD EPYC", "3bc50b6e"))));
  }

  @Test
  void machineDependenceFollowsTrackAndUnit() {
    assertTrue(ExportNames.machineDependent("learning_task", "s"));
    assertTrue(ExportNames.machineDependent("training", "s"));
    assertTrue(ExportNames.machineDependent("inference", "ms"));
    assertTrue(ExportNames.machineDependent("inference", "B"));
    assertTrue(ExportNames.machineDependent("inference", "%"));
    assertTrue(ExportNames.machineDependent("other", "MAC/s"));
    assertTrue(ExportNames.machineDependent("other", "B/op"));
    assertTrue(ExportNames.machineDependent("other", "x"));
    assertFalse(ExportNames.machineDependent("learning_task", "%"));
    assertFalse(ExportNames.machineDependent("robustness", "%"));
    assertFalse(ExportNames.machineDependent("complexity", "MAC"));
    assertFalse(ExportNames.machineDependent("complexity", "count"));
  }

  @Test
  void aMergeOfDifferentMachinesExportsNoMachineDependentMetric() throws IOException {
    Map<String, String> p = provenance("quick", "mixed: AMD EPYC | Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", "x");
    // an earlier export of the folder left machine files; they must not survive
    Files.writeString(dir.resolve(BenchmarkActionExport.MACHINE_SMALLER), "[]");
    BenchmarkActionExport.Files files = BenchmarkActionExport.write(dir, ROWS, names(p));
    assertFalse(Files.exists(dir.resolve(BenchmarkActionExport.MACHINE_SMALLER)));
    assertFalse(Files.exists(dir.resolve(BenchmarkActionExport.MACHINE_BIGGER)));
    long machineDependent = ROWS.stream().filter(r -> ExportNames.machineDependent(r.track(), r.unit())).count();
    assertEquals(machineDependent, files.leftOut());
    assertEquals("BIBENCH_EXPORT_SUITE=quick\nBIBENCH_EXPORT_MACHINE=\n",
        Files.readString(dir.resolve(BenchmarkActionExport.SERIES)));
    List<String> lines = files.describe();
    assertEquals("left out " + machineDependent + " machine-dependent metrics: the run merges shards from different "
        + "machines (cpu_model mixed: AMD EPYC | Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz)", lines.getLast());
  }

  @Test
  void aRunWithoutProvenanceHasNeitherSuiteNorMachine() throws IOException {
    RunFolders.write(dir, ROWS, null);
    BenchmarkActionExport.Files files = BenchmarkActionExport.write(dir, ROWS);
    List<String> names = new ArrayList<>();
    files.written().forEach(w -> names.add(w.file().getFileName().toString()));
    assertEquals(List.of(BenchmarkActionExport.BIGGER, BenchmarkActionExport.SMALLER), names);
    assertTrue(Files.readString(files.bigger()).contains("\"name\": \"unknown-suite: learning_task optdigits/mlp bnn"));
    assertEquals("BIBENCH_EXPORT_SUITE=unknown-suite\nBIBENCH_EXPORT_MACHINE=\n",
        Files.readString(dir.resolve(BenchmarkActionExport.SERIES)));
  }

  @Test
  void theSeriesFileNamesSuiteAndMachineForTheWorkflow() throws IOException {
    RunFolders.write(dir, ROWS, provenance("quick", "AMD EPYC", "3bc50b6e"));
    BenchmarkActionExport.Files files = BenchmarkActionExport.write(dir, ROWS);
    assertEquals(4, files.written().size());
    assertEquals("BIBENCH_EXPORT_SUITE=quick\nBIBENCH_EXPORT_MACHINE=amd-epyc-2c-3bc50b6e\n",
        Files.readString(dir.resolve(BenchmarkActionExport.SERIES)));
  }

  @Test
  void exactMachineSlugsAddTheFlagsHash() {
    assertEquals("amd-epyc-2c-3bc50b6e", MachineSlug.exact("AMD EPYC", "2", "3bc50b6e"));
    assertEquals("intel-xeon-platinum-8375c-8c-1a2b3c4d", MachineSlug.exact("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz",
        "8", "1A2B3C4D99"));
    assertEquals("apple-m2-pro-12c", MachineSlug.exact("Apple M2 Pro", "12", ""));
  }
}
