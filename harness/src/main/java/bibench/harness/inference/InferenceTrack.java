package bibench.harness.inference;

import bibench.harness.bench.ConvCase;
import bibench.harness.bench.GemmShape;
import bibench.models.Architectures;
import bibench.suite.JsonNode;
import bibench.suite.SuiteLimits;
import bibench.suite.SuiteContext;
import bibench.tracks.DeployChecks;
import bibench.tracks.TaskPlan;
import bibench.tracks.TaskPlanReader;
import bibench.tracks.Track;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 6, hardware inference: what binarization costs for real on the CPU that runs the harness.
 * Trained models are converted to the 1-bit kernels and checked ({@link DeployChecks}); JMH times
 * kernels and whole models against our FP32 kernels and PyTorch. It lives in the harness because
 * its timing cells need JMH, and runs last so that nothing else competes for the CPU.
 *
 * <p>Its suite section holds {@code checks} (trained models to convert and check, with the keys of a
 * training track), {@code models} (architectures to time: {@code arch}, {@code input}, {@code
 * classes}, {@code batch}, {@code threads}), {@code gemm} (shapes MxNxK), {@code conv} (layer
 * names), {@code forks}, {@code warmup} and {@code iterations} (JMH) and {@code iteration_ms}
 * (the length of one iteration, default 1000).
 */
public final class InferenceTrack implements Track {
  /** The track id in suites and result rows. */
  public static final String ID = DeployChecks.TRACK;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "what does it cost for real (1-bit kernels and whole models timed by JMH on this CPU)?";
  }

  @Override
  public Phase phase() {
    return Phase.TIMING;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public InferenceCells read(JsonNode node, SuiteContext suite) {
    JsonNode checks = node.object("checks");
    List<TaskPlan> plans = checks == null ? List.of() : TaskPlanReader.plans(checks, suite);
    if (checks != null) {
      checks.finish();
    }
    List<InferencePlan> models = new ArrayList<>();
    for (JsonNode model : node.objects("models")) {
      String arch = model.requiredString("arch");
      Architectures.byId(arch);
      List<Long> input = model.longs("input", List.of(3L, 32L, 32L), 1, SuiteLimits.INPUT_DIM_MAX, false);
      models.add(new InferencePlan(arch, input.stream().mapToInt(Long::intValue).toArray(),
          model.integer("classes", 10, 2, SuiteLimits.CLASSES_MAX), ints(model, "batch"),
          ints(model, "threads")));
      model.finish();
    }
    List<String> gemm = node.strings("gemm", List.of());
    gemm.forEach(GemmShape::parse);
    List<String> conv = node.strings("conv", List.of());
    conv.forEach(ConvCase::parse);
    JmhRuns jmh = new JmhRuns(node.integer("forks", 1, 1, 100), node.integer("warmup", 4, 3, 1000),
        node.integer("iterations", 10, 1, 1000), node.integer("iteration_ms", 1000, 10, 600_000));
    return new InferenceCells(plans, models, gemm, conv, jmh);
  }

  private static List<Integer> ints(JsonNode model, String key) {
    List<Integer> ints = new ArrayList<>();
    for (long v : model.longs(key, List.of(1L), 1, 4096)) {
      ints.add((int) v);
    }
    return ints;
  }
}
