package bibench.deploy;

import java.util.List;

/** The structural steps: a sequence, a residual sum, and a reshape (which moves no data). */
final class GraphNodes {
  private GraphNodes() {}

  /** Steps one after another. */
  static Node sequence(List<Node> nodes, int[] inputShape) {
    List<Node> steps = List.copyOf(nodes);
    Node[] array = steps.toArray(Node[]::new);
    int[] out = steps.isEmpty() ? inputShape.clone() : steps.get(steps.size() - 1).outputShape();
    return new Node() {
      @Override
      public float[] run(float[] input, int batch) {
        float[] x = input;
        for (int i = 0; i < array.length; i++) {
          x = array[i].run(x, batch);
        }
        return x;
      }

      @Override
      public int[] outputShape() {
        return out.clone();
      }

      @Override
      public long bytes() {
        return steps.stream().mapToLong(Node::bytes).sum();
      }

      @Override
      public long fp32Bytes() {
        return steps.stream().mapToLong(Node::fp32Bytes).sum();
      }

      @Override
      public String describe() {
        StringBuilder text = new StringBuilder();
        for (Node step : steps) {
          text.append(step.describe()).append('\n');
        }
        return text.toString().strip();
      }
    };
  }

  /** main(x) + shortcut(x), with the identity when {@code shortcut} is null. */
  static Node residual(Node main, Node shortcut, int maxBatch) {
    int[] out = main.outputShape();
    float[] sum = new float[maxBatch * Node.size(out)];
    return new Node() {
      @Override
      public float[] run(float[] input, int batch) {
        float[] s = shortcut == null ? input : shortcut.run(input, batch);
        float[] m = main.run(input, batch);
        int n = batch * Node.size(out);
        for (int i = 0; i < n; i++) {
          sum[i] = m[i] + s[i];
        }
        return sum;
      }

      @Override
      public int[] outputShape() {
        return out.clone();
      }

      @Override
      public long bytes() {
        return main.bytes() + (shortcut == null ? 0 : shortcut.bytes());
      }

      @Override
      public long fp32Bytes() {
        return main.fp32Bytes() + (shortcut == null ? 0 : shortcut.fp32Bytes());
      }

      @Override
      public String describe() {
        return "residual [" + main.describe().replace('\n', ';') + "] + ["
            + (shortcut == null ? "identity" : shortcut.describe().replace('\n', ';')) + "]";
      }
    };
  }

  /** The same values seen with another per-sample shape (flatten, add or merge axes). */
  static Node reshape(int[] outputShape, String name) {
    int[] out = outputShape.clone();
    return new Node() {
      @Override
      public float[] run(float[] input, int batch) {
        return input;
      }

      @Override
      public int[] outputShape() {
        return out.clone();
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
        return name;
      }
    };
  }
}
