package bibench.models;

import java.util.Arrays;

/**
 * What an architecture needs to know about its task to build a model.
 *
 * @param sampleShape the shape of one input sample, such as {1, 28, 28}
 * @param classes number of output classes
 * @param vocabularySize number of token ids for text tasks, else 0
 * @param width the architecture's width knob (hidden units or base channels); 0 means its default
 */
public record ModelSpec(int[] sampleShape, int classes, int vocabularySize, int width) {

  public ModelSpec {
    sampleShape = sampleShape.clone();
    if (classes < 2) {
      throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
    }
    if (width < 0) {
      throw new IllegalArgumentException("width must be 0 (default) or positive, got " + width);
    }
  }

  @Override
  public int[] sampleShape() {
    return sampleShape.clone();
  }

  /** The width, or {@code fallback} when the spec leaves it at 0. */
  public int widthOr(int fallback) {
    return width > 0 ? width : fallback;
  }

  /** Number of input values of one sample. */
  public int sampleSize() {
    int size = 1;
    for (int d : sampleShape) {
      size *= d;
    }
    return size;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelSpec m && Arrays.equals(sampleShape, m.sampleShape) && classes == m.classes
        && vocabularySize == m.vocabularySize && width == m.width;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sampleShape) * 31 + classes * 17 + vocabularySize * 7 + width;
  }

  @Override
  public String toString() {
    return "ModelSpec" + Arrays.toString(sampleShape) + "->" + classes + (width > 0 ? " width " + width : "");
  }
}
