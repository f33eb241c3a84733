package bibench.deploy;

import bibench.models.blocks.PoolBlock;

/** Global average or max pooling over every spatial position, or a 2-D max pool. */
final class PoolNode implements Node {
  private final PoolBlock.Kind kind;
  private final int[] inputShape;
  private final int[] outputShape;
  private final int window;
  private final int stride;
  private final int padding;
  private final float[] output;

  PoolNode(PoolBlock pool, int[] inputShape, int maxBatch) {
    this.kind = pool.kind();
    this.inputShape = inputShape.clone();
    this.window = pool.window();
    this.stride = pool.stride();
    this.padding = pool.padding();
    if (kind == PoolBlock.Kind.MAX_2D) {
      int h = (inputShape[1] + 2 * padding - window) / stride + 1;
      int w = (inputShape[2] + 2 * padding - window) / stride + 1;
      this.outputShape = new int[] {inputShape[0], h, w};
    } else {
      this.outputShape = new int[] {inputShape[0]};
    }
    this.output = new float[maxBatch * Node.size(outputShape)];
  }

  @Override
  public float[] run(float[] input, int batch) {
    int channels = inputShape[0];
    int positions = Node.size(inputShape) / channels;
    if (kind == PoolBlock.Kind.MAX_2D) {
      maxPool(input, batch);
      return output;
    }
    for (int nc = 0; nc < batch * channels; nc++) {
      int base = nc * positions;
      if (kind == PoolBlock.Kind.GLOBAL_AVG) {
        double sum = 0;
        for (int p = 0; p < positions; p++) {
          sum += input[base + p];
        }
        output[nc] = (float) (sum / positions);
      } else {
        float max = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < positions; p++) {
          max = Math.max(max, input[base + p]);
        }
        output[nc] = max;
      }
    }
    return output;
  }

  private void maxPool(float[] input, int batch) {
    int h = inputShape[1];
    int w = inputShape[2];
    int oh = outputShape[1];
    int ow = outputShape[2];
    for (int nc = 0; nc < batch * inputShape[0]; nc++) {
      for (int y = 0; y < oh; y++) {
        for (int x = 0; x < ow; x++) {
          float max = Float.NEGATIVE_INFINITY;
          for (int u = 0; u < window; u++) {
            int iy = y * stride - padding + u;
            for (int v = 0; v < window; v++) {
              int ix = x * stride - padding + v;
              if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                max = Math.max(max, input[(nc * h + iy) * w + ix]);
              }
            }
          }
          output[(nc * oh + y) * ow + x] = max;
        }
      }
    }
  }

  @Override
  public int[] outputShape() {
    return outputShape.clone();
  }

  @Override
  public long bytes() {
    return 0;
  }

  @Override
  public long fp32Bytes() {
    return 0;
  }

  @Override
  public String describe() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
