package bibench.harness.suite;

import bibench.BadInputException;
import bibench.harness.bench.ConvCase;
import bibench.harness.bench.GemmShape;
import bibench.harness.inference.InferenceCells;
import bibench.harness.inference.InferencePlan;
import bibench.harness.inference.JmhRuns;
import bibench.models.Architectures;
import bibench.tracks.TaskPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code tracks.inference}: {@code checks} (trained models to convert and check, with the
 * keys of a training track), {@code models} (architectures to time: {@code arch}, {@code input},
 * {@code classes}, {@code batch}, {@code threads}), {@code gemm} (shapes MxNxK), {@code conv}
 * (layer names), {@code forks}, {@code warmup} and {@code iterations} (JMH) and {@code iteration_ms}
 * (the length of one iteration, default 1000).
 */
final class InferenceReader {
  private final SuiteReader suite;

  InferenceReader(SuiteReader suite) {
    this.suite = suite;
  }

  InferenceCells read(JsonNode node, List<Long> seeds) {
    JsonNode checks = node.object("checks");
    List<TaskPlan> plans = checks == null ? List.of() : suite.plans(checks, seeds);
    if (checks != null) {
      checks.finish();
    }
    List<InferencePlan> models = new ArrayList<>();
    for (JsonNode model : node.objects("models")) {
      String arch = model.requiredString("arch");
      Architectures.byId(arch);
      List<Long> input = model.longs("input", List.of(3L, 32L, 32L));
      models.add(new InferencePlan(arch, input.stream().mapToInt(Long::intValue).toArray(),
          model.integer("classes", 10, 2), ints(model.longs("batch", List.of(1L)), "batch"),
          ints(model.longs("threads", List.of(1L)), "threads")));
      model.finish();
    }
    List<String> gemm = node.strings("gemm", List.of());
    gemm.forEach(GemmShape::parse);
    List<String> conv = node.strings("conv", List.of());
    conv.forEach(ConvCase::parse);
    JmhRuns jmh = new JmhRuns(node.integer("forks", 1, 1), node.integer("warmup", 4, 3),
        node.integer("iterations", 10, 1), node.integer("iteration_ms", 1000, 10));
    node.finish();
    return new InferenceCells(plans, models, gemm, conv, jmh);
  }

  private List<Integer> ints(List<Long> values, String key) {
    List<Integer> ints = new ArrayList<>();
    for (long v : values) {
      if (v < 1 || v > 4096) {
        throw new BadInputException(suite.file() + ": tracks.inference.models[]." + key + " holds " + v,
            "use whole numbers from 1 to 4096");
      }
      ints.add((int) v);
    }
    return ints;
  }
}
