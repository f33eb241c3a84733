package bibench.harness.report;

import bibench.harness.results.Provenance;
import bibench.harness.results.RunFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines of provenance a report opens with: what ran, where, on which code. */
final class ProvenanceSummary {
  private ProvenanceSummary() {}

  /** A labelled value. */
  record Item(String label, String value) {}

  /** The summary, or one item saying there is none. */
  static List<Item> of(RunFolder run) {
    Optional<Provenance> p = run.provenance();
    List<Item> items = new ArrayList<>();
    if (p.isEmpty()) {
      items.add(new Item("provenance", "none: " + run.dir().getFileName()
          + " has no provenance.json, so the machine and the code version are unknown"));
      return items;
    }
    Provenance v = p.get();
    add(items, "run", v.get("run_id"));
    add(items, "suite", v.get("suite"));
    add(items, "commit", v.get("commit"));
    add(items, "date", v.get("date"));
    List<String> machine = new ArrayList<>();
    if (!v.get("cpu_model").isEmpty()) {
      machine.add(v.get("cpu_model") + (v.get("cpu.family").isEmpty() ? "" : " (family " + v.get("cpu.family")
          + " model " + v.get("cpu.model") + " stepping " + v.get("cpu.stepping") + ")"));
    }
    if (!v.get("cores").isEmpty()) {
      machine.add(v.get("cores") + " cores");
    }
    if (!v.get("threads").isEmpty()) {
      machine.add("threads " + v.get("threads"));
    }
    add(items, "machine", String.join(", ", machine));
    add(items, "CPU flags", v.get("cpu_flags"));
    add(items, "JDK", v.get("jdk"));
    add(items, "OS", v.get("os"));
    add(items, "engine", v.get("engine"));
    add(items, "allocator", v.get("allocator.name"));
    add(items, "seeds", v.get("seeds"));
    add(items, "operators", v.get("operators"));
    add(items, "shards", v.get("shards"));
    return items;
  }

  private static void add(List<Item> items, String label, String value) {
    if (value != null && !value.isBlank()) {
      items.add(new Item(label, value));
    }
  }
}
