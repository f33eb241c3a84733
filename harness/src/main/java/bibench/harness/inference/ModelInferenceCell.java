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
 * by JMH in one run; the measurement rows of {@link TimingRows}, the measured speed-ups over our FP32,
 * over PyTorch and over the faster of the two beside the theoretical r_s from the complexity count,
 * and the model bytes.
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
    InferencePeaks.get();
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
    TimingRows t = new TimingRows(runId, plan.arch());
    List<ResultRow> rows = new ArrayList<>();
    for (String op : operators) {
      Measured m = Measured.find(measured, "deployed", "operator", op);
      String impl = Operators.create(op).binary() ? "bitpacked" : "fp32";
      ModelComplexity count = ComplexityCounter.count(arch, Operators.create(op), spec);
      // a ternary x binary MAC is two bit-plane MACs (mask and sign) on the binary kernel, so it takes twice
      // a binary MAC's time at the binary peak; without this the fraction of peak of a ternary model is ~0
      double bitMacs = count.binaryMacs() + 2.0 * count.lowBitMacs();
      rows.addAll(t.of(op, setting(impl), m, bitMacs * batch, count.fpMacs() * (double) batch));
      rows.addAll(t.speedUps(op, setting(impl), m, fp32, torch));
      rows.add(t.row(op, "", "theoretical_speedup", ComplexityRatios.of(count, fp32Count).speedup(), "x", true));
      try (ModelFixture fixture = new ModelFixture(plan.arch(), plan.input(), plan.classes(), op, 1)) {
        DeployedModel deployed = fixture.deploy(1);
        rows.add(t.row(op, "", "model_bytes", deployed.bytes(), "B", false));
      }
    }
    rows.addAll(t.of("fp32", setting("pytorch"), torch, 0, fp32Count.macs() * (double) batch));
    return rows;
  }
}
