package bibench.complexity;

import bibench.models.ModelSpec;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One architecture at one input size, as the theoretical-complexity track counts it: no data and
 * no training, only the shapes a model is built for.
 *
 * @param arch the architecture id
 * @param sampleShape the shape of one input sample, channels first ({3, 32, 32}; {tokens} for text)
 * @param classes output classes
 * @param vocabularySize token ids for a text model, else 0
 * @param width the architecture's width knob (0 = its default)
 */
public record ComplexityPlan(String arch, int[] sampleShape, int classes, int vocabularySize, int width) {

  public ComplexityPlan {
    Objects.requireNonNull(arch, "arch");
    sampleShape = sampleShape.clone();
    if (sampleShape.length == 0) {
      throw new IllegalArgumentException("plan for " + arch + " has an empty sample shape");
    }
  }

  /** The spec the architecture is built from. */
  public ModelSpec spec() {
    return new ModelSpec(sampleShape, classes, vocabularySize, width);
  }

  /** The task column of the rows: the input descriptor, such as {@code 32x32x3} or {@code seq128}. */
  public String task() {
    return describeInput(sampleShape, vocabularySize);
  }

  /**
   * An input descriptor: {@code seq<T>} for token ids; otherwise the sample's axes channels last,
   * joined by x ({3, 32, 32} is {@code 32x32x3}, PointNet's {3, 1024} is {@code 1024x3}).
   */
  public static String describeInput(int[] sampleShape, int vocabularySize) {
    if (sampleShape.length == 1 && vocabularySize > 0) {
      return "seq" + sampleShape[0];
    }
    StringJoiner joined = new StringJoiner("x");
    for (int i = 1; i < sampleShape.length; i++) {
      joined.add(Integer.toString(sampleShape[i]));
    }
    joined.add(Integer.toString(sampleShape[0]));
    return joined.toString();
  }

  /** Everything about the plan that decides a count, as one canonical string. */
  public String definition() {
    return String.join("|", arch, Arrays.toString(sampleShape), "classes" + classes, "vocab" + vocabularySize,
        "w" + width);
  }

  @Override
  public int[] sampleShape() {
    return sampleShape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComplexityPlan p && arch.equals(p.arch) && Arrays.equals(sampleShape, p.sampleShape)
        && classes == p.classes && vocabularySize == p.vocabularySize && width == p.width;
  }

  @Override
  public int hashCode() {
    return Objects.hash(arch, Arrays.hashCode(sampleShape), classes, vocabularySize, width);
  }

  @Override
  public String toString() {
    return "ComplexityPlan[" + arch + " at " + task() + ", " + classes + " classes"
        + (width > 0 ? ", width " + width : "") + "]";
  }
}
