package bibench.tracks;

import bibench.BadInputException;
import bibench.complexity.ComplexityPlan;
import bibench.data.audio.LogMel;
import bibench.models.Architectures;
import bibench.operators.Operators;
import bibench.suite.JsonNode;
import bibench.suite.SuiteLimits;
import bibench.suite.SuiteContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Track 5, theoretical complexity (BiBench section 5): what does an operator cost on paper? Each
 * architecture is counted at an input size, built with FP32 and with every operator, on its
 * deployed graph (see {@link bibench.complexity.ComplexityCounter}): 1-bit and 32-bit parameters,
 * 1-bit and 32-bit MACs and the operator's extra FP work. Nothing is trained or run, so the track
 * uses the paper's full shapes. The table computes r_c = params of the FP32 model / (1-bit params /
 * 32 + 32-bit params), r_s = MACs of the FP32 model / (1-bit MACs / 64 + 32-bit MACs), O_comp =
 * qmean(r_c, r_s). Its suite section is {@code {}} for BiBench's architectures at the paper's
 * shapes ({@link #paperPlans()}), or holds {@code models[]} of {@code {arch, input, classes,
 * vocabulary, width}}.
 */
public final class ComplexityTrack implements Track {
  /** The track id in suites and result rows. */
  public static final String ID = "complexity";

  /**
   * The complexity section of a suite.
   *
   * @param plans the architectures and input shapes to count
   */
  public record Plan(List<ComplexityPlan> plans) implements TrackPlan {
    public Plan {
      plans = List.copyOf(plans);
    }

    @Override
    public List<Cell> cells(List<String> operators) {
      return ComplexityTrack.cells(plans, operators);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "what does it cost on paper (1-bit and 32-bit parameters and operations of the deployed graph)?";
  }

  @Override
  public Phase phase() {
    return Phase.ANALYTIC;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Plan read(JsonNode section, SuiteContext suite) {
    List<ComplexityPlan> plans = new ArrayList<>();
    List<JsonNode> models = section.objects("models");
    if (models.isEmpty()) {
      plans.addAll(paperPlans());
    }
    for (JsonNode model : models) {
      String arch = model.requiredString("arch");
      Architectures.byId(arch);
      List<Long> input = model.longs("input", null, 1, SuiteLimits.INPUT_DIM_MAX, false);
      if (input == null) {
        throw new BadInputException(model.where("input") + " is missing",
            "give the sample shape, e.g. \"input\": [3, 32, 32]");
      }
      int[] shape = input.stream().mapToInt(Long::intValue).toArray();
      plans.add(new ComplexityPlan(arch, shape, model.integer("classes", 10, 2, SuiteLimits.CLASSES_MAX),
          model.integer("vocabulary", 0, 0, SuiteLimits.VOCABULARY_MAX),
          model.integer("width", 0, 0, SuiteLimits.WIDTH_MAX)));
      model.finish();
    }
    return new Plan(plans);
  }

  /**
   * One cell per plan and operator. FP32 is always counted (first), whether asked for or not: it
   * is the denominator of both ratios and costs nothing.
   *
   * @throws bibench.BadInputException for an unknown architecture or operator id
   */
  public static List<Cell> cells(List<ComplexityPlan> plans, List<String> operators) {
    List<String> ordered = new ArrayList<>(List.of("fp32"));
    for (String op : operators) {
      if (!ordered.contains(op)) {
        Operators.create(op);
        ordered.add(op);
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (ComplexityPlan plan : plans) {
      Architectures.byId(plan.arch());
      for (String op : ordered) {
        cells.add(new ComplexityCell(plan, op));
      }
    }
    return cells;
  }

  /**
   * The paper's shapes: ResNet-18 and ResNet-34 (CIFAR stem), ResNet-20 and VGG-Small at 32x32x3
   * with 10 classes; ResNet-18 (ImageNet stem) at 224x224x3 with 1,000 classes; BERT-base at 128
   * tokens with a 30,522-token vocabulary and 2 classes; PointNet on 1,024 points of 3 coordinates
   * with 40 classes (ModelNet40); DFSMN on its default 32 mel bands x 32 frames with 12 keywords
   * (Speech Commands as BiBench uses it); and BiBench's own CIFAR ResNet-20 (64-channel stem).
   */
  public static List<ComplexityPlan> paperPlans() {
    int[] cifar = {3, 32, 32};
    return List.of(
        new ComplexityPlan("resnet18", cifar, 10, 0, 0),
        new ComplexityPlan("resnet34", cifar, 10, 0, 0),
        new ComplexityPlan("resnet20", cifar, 10, 0, 0),
        new ComplexityPlan("resnet18-imagenet", new int[] {3, 224, 224}, 1000, 0, 0),
        new ComplexityPlan("vgg-small", cifar, 10, 0, 0),
        new ComplexityPlan("bert-base", new int[] {128}, 2, 30_522, 0),
        new ComplexityPlan("pointnet", new int[] {3, 1024}, 40, 0, 0),
        new ComplexityPlan("dfsmn", new int[] {LogMel.N_MELS, LogMel.FRAMES}, 12, 0, 0),
        new ComplexityPlan("resnet20-bibench", cifar, 10, 0, 0));
  }
}
