package bibench.harness.inference;

import bibench.complexity.ComplexityCounter;
import bibench.complexity.ComplexityRatios;
import bibench.complexity.ModelComplexity;
import bibench.deploy.DeployedModel;
import bibench.harness.bench.ModelFixture;
import bibench.models.Architecture;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.RunContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Track 6 for one model at one batch size and thread count: every operator's model on the
 * deployment kernels (bit-packed, or our FP32 kernels for fp32) and the FP32 model on PyTorch, timed
 * by JMH in one run; rows for latency, MAC/s, allocation, the measured speed-ups over our FP32 and
 * over PyTorch beside the theoretical r_s from the complexity count, and the model bytes.
 */
final class ModelInferenceCell implements Cell {
  private final InferencePlan plan;
  private final int batch;
  private final int threads;
  private final List<String> operators;
  private final JmhRuns jmh;

  ModelInferenceCell(InferencePlan plan, int batch, int threads, List<String> operators, JmhRuns jmh) {
    this.plan = plan;
    this.batch = batch;
    this.threads = threads;
    this.operators = List.copyOf(operators);
    this.jmh = jmh;
  }

  /** JMH timings: run alone, after every training cell. */
  @Override
  public boolean needsQuietMachine() {
    return true;
  }

  @Override
  public String track() {
    return InferenceTrack.ID;
  }

  @Override
  public String label() {
    return InferenceTrack.ID + " " + plan.arch() + " " + plan.input() + " batch " + batch + " threads " + threads;
  }

  @Override
  public String definition() {
    return String.join("|", "model-inference", plan.toString(), "b" + batch, "t" + threads, operators.toString(),
        jmh.toString());
  }

  private String setting(String impl) {
    return "impl=" + impl + ",batch=" + batch + ",threads=" + threads;
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    Map<String, List<String>> params = Map.of("arch", List.of(plan.arch()), "input", List.of(plan.input()),
        "classes", List.of(Integer.toString(plan.classes())), "batch", List.of(Integer.toString(batch)),
        "threads", List.of(Integer.toString(threads)), "operator", operators);
    String name = plan.arch() + "-b" + batch + "-t" + threads;
    List<Measured> measured = new ArrayList<>();
    jmh.run("bibench.harness.bench.ModelBenchmark.deployed", params, threads,
        context.outputDir().resolve("jmh").resolve(name + ".json")).forEach(r -> measured.add(Measured.of(r)));
    Map<String, List<String>> torch = new java.util.HashMap<>(params);
    torch.put("operator", List.of("fp32"));
    jmh.run("bibench.harness.bench.ModelBenchmark.pytorch", torch, threads,
        context.outputDir().resolve("jmh").resolve(name + "-pytorch.json")).forEach(r -> measured.add(Measured.of(r)));
    return rows(context.runId(), measured);
  }

  private List<ResultRow> rows(String runId, Collection<Measured> measured) {
    Architecture arch = Architectures.byId(plan.arch());
    ModelSpec spec = new ModelSpec(plan.sampleShape(), plan.classes(), 0, 0);
    ModelComplexity fp32Count = ComplexityCounter.count(arch, Operators.create("fp32"), spec);
    Measured fp32 = Measured.find(measured, "deployed", "operator", "fp32");
    Measured torch = Measured.find(measured, "pytorch", null, null);
    List<ResultRow> rows = new ArrayList<>();
    for (String op : operators) {
      Measured m = Measured.find(measured, "deployed", "operator", op);
      String impl = Operators.create(op).binary() ? "bitpacked" : "fp32";
      ModelComplexity count = ComplexityCounter.count(arch, Operators.create(op), spec);
      rows.addAll(timing(runId, op, setting(impl), m, count.macs() * (double) batch));
      rows.add(row(runId, op, setting(impl), "speedup_vs_fp32", fp32.millis() / m.millis(), "x", true));
      rows.add(row(runId, op, setting(impl), "speedup_vs_pytorch", torch.millis() / m.millis(), "x", true));
      rows.add(row(runId, op, "", "theoretical_speedup", ComplexityRatios.of(count, fp32Count).speedup(), "x", true));
      try (ModelFixture fixture = new ModelFixture(plan.arch(), plan.input(), plan.classes(), op, 1)) {
        DeployedModel deployed = fixture.deploy(1);
        rows.add(row(runId, op, "", "model_bytes", deployed.bytes(), "B", false));
      }
    }
    rows.addAll(timing(runId, "fp32", setting("pytorch"), torch, fp32Count.macs() * (double) batch));
    return rows;
  }

  private List<ResultRow> timing(String runId, String op, String setting, Measured m, double macs) {
    List<ResultRow> rows = new ArrayList<>();
    rows.add(new ResultRow(runId, track(), "", plan.arch(), op, setting, -1, "latency", m.millis(), "ms", false,
        m.samples(), m.error()));
    rows.add(row(runId, op, setting, "macs_per_second", macs / (m.millis() / 1e3), "MAC/s", true));
    if (!Double.isNaN(m.allocBytes())) {
      rows.add(row(runId, op, setting, "alloc", m.allocBytes(), "B/op", false));
    }
    return rows;
  }

  private ResultRow row(String runId, String op, String setting, String metric, double value, String unit,
      boolean higherIsBetter) {
    return ResultRow.single(runId, track(), "", plan.arch(), op, setting, -1, metric, value, unit, higherIsBetter);
  }
}
