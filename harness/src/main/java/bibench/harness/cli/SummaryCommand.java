package bibench.harness.cli;

import bibench.BadInputException;
import bibench.complexity.ModelSummary;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench summary <arch>}: a per-layer table of a model's deployed cost, in the manner of
 * Larq's {@code models.summary()}, with totals against the FP32 model.
 */
@Command(name = "summary", sortOptions = false,
    description = "Larq-style per-layer deployed cost of a model (parameters, MACs, bits), with totals against FP32.")
final class SummaryCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ARCH", description = "An architecture id (bibench list architectures), e.g. resnet18.")
  String arch;

  @Option(names = "--operator", paramLabel = "ID", description = "The operator that binarizes the model (default: ${DEFAULT-VALUE}).")
  String operator = "bnn";

  @Option(names = "--input", paramLabel = "SHAPE",
      description = "One sample's shape: 3,32,32 (images), 128 (tokens), 3,1024 (points) (default: ${DEFAULT-VALUE}).")
  String input = "3,32,32";

  @Option(names = "--classes", paramLabel = "N", description = "Output classes (default: ${DEFAULT-VALUE}).")
  int classes = 10;

  @Option(names = "--vocabulary", paramLabel = "N", description = "Vocabulary of text models; 0 = the architecture's default.")
  int vocabulary;

  @Option(names = "--width", paramLabel = "N", description = "The architecture's width knob; 0 = its default.")
  int width;

  @Override
  public Integer call() {
    ModelSpec spec = new ModelSpec(shape(input), classes, vocabulary, width);
    parent.out().print(ModelSummary.of(Architectures.byId(arch), Operators.create(operator), spec).markdown());
    return Bibench.DONE;
  }

  private static int[] shape(String text) {
    try {
      int[] shape = Arrays.stream(text.split("[,x]")).map(String::trim).mapToInt(Integer::parseInt).toArray();
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
