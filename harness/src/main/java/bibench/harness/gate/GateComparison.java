package bibench.harness.gate;

import bibench.harness.results.RunFolder;
import bibench.harness.results.MachineFingerprint;
import bibench.harness.results.Provenance;
import bibench.harness.results.RunDirectory;
import bibench.harness.results.RunPlanFile;
import bibench.harness.tables.MetricKey;
import bibench.harness.tables.SeedGroup;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One comparison of a run with a baseline, metric by metric (see {@link Gate}). */
final class GateComparison {
  private GateComparison() {}

  static GateReport compare(RunFolder run, RunFolder baseline) {
    Provenance runP = run.provenance().orElseThrow();
    Provenance baseP = baseline.provenance().orElseThrow();
    PlanScope plan = PlanScope.of(runP);
    String machine = machineDifference(runP.fingerprint(), baseP.fingerprint());
    if (machine == null) {
      machine = busy(runP, "run").or(() -> busy(baseP, "baseline")).orElse(null);
    }
    Map<MetricKey, SeedGroup> runGroups = SeedGroup.of(run.rows());
    Map<MetricKey, SeedGroup> baseGroups = SeedGroup.of(baseline.rows());
    List<MetricVerdict> verdicts = new ArrayList<>();
    List<ScoreGate.Pair> scores = new ArrayList<>();
    List<SeedGroup> scoreGroups = new ArrayList<>();
    int notCompared = 0;
    for (SeedGroup r : runGroups.values()) {
      SeedGroup b = baseGroups.get(r.key());
      if (MetricKinds.score(r)) {
        scoreGroups.add(r);
      }
      if (b == null) {
        verdicts.add(new MetricVerdict(r.key(), Verdict.NEW, r.unit(), Double.NaN, r.stats().mean(), "not in the baseline"));
      } else if (MetricKinds.machineDependent(r) && machine != null) {
        verdicts.add(new MetricVerdict(r.key(), Verdict.NOT_COMPARED, r.unit(), b.stats().mean(), r.stats().mean(),
            "machine-dependent: " + machine));
        notCompared++;
      } else if (MetricKinds.score(r) && MetricKinds.score(b)) {
        scores.add(new ScoreGate.Pair(b, r));
      } else if (MetricKinds.dataProperty(r)) {
        verdicts.add(dataProperty(b, r));
      } else {
        NoiseBand.Decision d = NoiseBand.decide(b, r);
        verdicts.add(new MetricVerdict(r.key(), d.verdict(), r.unit(), b.stats().mean(), r.stats().mean(), d.reason()));
      }
    }
    baseGroups.values().stream().filter(MetricKinds::score).forEach(scoreGroups::add);
    SeedSpread spread = SeedSpread.pooled(scoreGroups);
    TestSetError errors = new TestSetError(run.rows(), baseline.rows(), baseGroups);
    verdicts.addAll(ScoreGate.judge(scores, spread, errors));
    int outOfPlan = 0;
    for (SeedGroup b : baseGroups.values()) {
      if (runGroups.containsKey(b.key())) {
        continue;
      }
      if (plan.contains(b.key())) {
        verdicts.add(new MetricVerdict(b.key(), Verdict.MISSING, b.unit(), b.stats().mean(), Double.NaN,
            "in the run's plan, not in its rows"));
      } else {
        outOfPlan++;
      }
    }
    verdicts.addAll(unfinishedCells(run));
    verdicts.sort(Comparator.comparing(MetricVerdict::verdict));
    List<String> notes = new ArrayList<>();
    notes.add("Plan: " + plan.describe() + ".");
    if (!runP.get("suite_sha256").isEmpty() && !baseP.get("suite_sha256").isEmpty()
        && !runP.get("suite_sha256").equals(baseP.get("suite_sha256"))) {
      notes.add("Suite: the run's text of suite " + runP.get("suite") + " differs from the baseline's (sha256 "
          + shortHash(runP.get("suite_sha256")) + " vs " + shortHash(baseP.get("suite_sha256")) + "); refresh the "
          + "baseline (bibench baseline <run-dir>) when the change is meant.");
    }
    notes.add(String.format(Locale.ROOT, "Scores: %d seed means compared; REGRESSED needs a one-sided Welch test "
        + "passing Holm's correction over all %d at %.2f and a drop > max(1 point, 2 test-set SE); %s.", scores.size(),
        scores.size(), ScoreGate.ALPHA, spread.describe()));
    notes.add(machine == null ? "Machine: same fingerprint (" + runP.fingerprint().cpuSummary() + "): times, "
        + "throughputs, speed-ups and allocations compared."
        : "NOT_COMPARED: " + notCompared + " machine-dependent metrics (times, throughputs, measured speed-ups, "
            + "allocations, JMH rows): " + machine + ".");
    if (outOfPlan > 0) {
      notes.add("Out of plan: " + outOfPlan + " baseline metrics outside this run's plan were not counted.");
    }
    return new GateReport(run.runId(), run.dir(), baseline.runId(), baseline.dir(), notes, verdicts);
  }

  /** Why machine-dependent metrics cannot be compared, or null when they can. */
  static String machineDifference(MachineFingerprint run, MachineFingerprint baseline) {
    if (!baseline.complete()) {
      return "the baseline's machine is not identified (" + String.join("; ", baseline.unknown()) + ")";
    }
    if (!run.complete()) {
      return "the run's machine is not identified (" + String.join("; ", run.unknown()) + ")";
    }
    if (run.sameMachineAs(baseline)) {
      return null;
    }
    return "the baseline was measured on another machine or setup (" + String.join(", ", baseline.differences(run)) + ")";
  }

  private static java.util.Optional<String> busy(Provenance p, String role) {
    return MachineFingerprint.busy(p).map(why -> "the same machine, but the " + role + "'s was busy (" + why
        + "), so its timings measure its neighbours");
  }

  private static MetricVerdict dataProperty(SeedGroup b, SeedGroup r) {
    double bm = b.stats().mean();
    double rm = r.stats().mean();
    boolean same = bm == rm || (Double.isNaN(bm) && Double.isNaN(rm));
    return new MetricVerdict(r.key(), same ? Verdict.WITHIN_NOISE : Verdict.CHANGED, r.unit(), bm, rm,
        same ? "equal" : "the run read other data than the baseline (a property of the data, not of the code)");
  }

  /** Every planned cell of a run folder (with plan.json and run.key) that never finished: MISSING. */
  private static List<MetricVerdict> unfinishedCells(RunFolder run) {
    if (!Files.isRegularFile(run.dir().resolve(RunDirectory.KEY_FILE))) {
      return List.of();
    }
    List<MetricVerdict> missing = new ArrayList<>();
    RunPlanFile.read(run.dir()).ifPresent(plan -> {
      for (RunPlanFile.Entry cell : RunPlanFile.unfinished(run.dir(), plan)) {
        String rest = cell.label().startsWith(cell.track() + " ") ? cell.label().substring(cell.track().length() + 1)
            : cell.label();
        missing.add(new MetricVerdict(new MetricKey(cell.track(), "", rest, "", "", "cell"), Verdict.MISSING, "",
            Double.NaN, Double.NaN, "planned, never finished (the run was cut short: rerun the same command to resume)"));
      }
    });
    return missing;
  }

  private static String shortHash(String hash) {
    return hash.substring(0, Math.min(12, hash.length()));
  }
}
