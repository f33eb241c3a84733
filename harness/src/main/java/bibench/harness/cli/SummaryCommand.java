package bibench.harness.cli;

import bibench.BadInputException;
import bibench.complexity.ModelSummary;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code bibench summary <arch>}: a per-layer table of a model's deployed cost, in the manner of
 * Larq's {@code models.summary()}, with totals against the FP32 model.
 */
final class SummaryCommand {
  static final Set<String> OPTIONS = Set.of("operator", "input", "classes", "vocabulary", "width");

  private SummaryCommand() {}

  static int execute(CliArgs args, PrintStream out) {
    List<String> positional = args.positional();
    if (positional.size() != 1) {
      throw new BadInputException("summary needs one architecture id",
          "e.g. bibench summary resnet18 --operator bnn --input 3,32,32 (ids: " + String.join(", ", Architectures.ids()) + ")");
    }
    int[] input = parseShape(args.option("input", "3,32,32"));
    ModelSpec spec = new ModelSpec(input, integer(args, "classes", "10"), integer(args, "vocabulary", "0"),
        integer(args, "width", "0"));
    out.print(ModelSummary.of(Architectures.byId(positional.get(0)), Operators.create(args.option("operator", "bnn")), spec)
        .markdown());
    return 0;
  }

  private static int integer(CliArgs args, String name, String fallback) {
    String text = args.option(name, fallback);
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BadInputException("--" + name + " '" + text + "' is not a whole number", "e.g. --" + name + " " + fallback);
    }
  }

  private static int[] parseShape(String text) {
    try {
      int[] shape = java.util.Arrays.stream(text.split("[,x]")).map(String::trim).mapToInt(Integer::parseInt).toArray();
      for (int d : shape) {
        if (d <= 0) {
          throw new NumberFormatException();
        }
      }
      return shape;
    } catch (NumberFormatException e) {
      throw new BadInputException("--input '" + text + "' is not a sample shape",
          "give positive sizes separated by commas, e.g. --input 3,32,32 (images), 128 (tokens), 3,1024 (points)");
    }
  }
}
