package bibench.train;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a model's parameters by name, held off the engine. BiBench's recipe trains the FP32
 * model first and starts every binarized model from its weights: the FP32 snapshot is restored into
 * each binarized model, parameter by parameter where the names and shapes match (the binarized
 * model's learnable extras keep their own initial values).
 */
public final class WeightSnapshot {
  private final Map<String, long[]> shapes;
  private final Map<String, float[]> values;

  private WeightSnapshot(Map<String, long[]> shapes, Map<String, float[]> values) {
    this.shapes = shapes;
    this.values = values;
  }

  /** The current values of every initialized parameter of {@code block}. */
  public static WeightSnapshot capture(Block block) {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    Map<String, float[]> values = new LinkedHashMap<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      if (p.getValue().isInitialized()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape().getShape());
        values.put(p.getKey(), p.getValue().getArray().toFloatArray());
      }
    }
    return new WeightSnapshot(shapes, values);
  }

  /**
   * Copies every value whose name and shape match into {@code block}'s initialized parameters.
   *
   * @return how many parameters were copied
   */
  public int restoreInto(Block block) {
    int copied = 0;
    for (Pair<String, Parameter> p : block.getParameters()) {
      float[] v = values.get(p.getKey());
      if (v != null && p.getValue().isInitialized()
          && Arrays.equals(shapes.get(p.getKey()), p.getValue().getArray().getShape().getShape())) {
        p.getValue().getArray().set(v);
        copied++;
      }
    }
    return copied;
  }

  /** Parameter names in model order. */
  public Map<String, long[]> shapes() {
    return Collections.unmodifiableMap(shapes);
  }

  /** One parameter's values, or null. */
  public float[] values(String name) {
    float[] v = values.get(name);
    return v == null ? null : v.clone();
  }

  /** True when any value is NaN or infinite. */
  public boolean hasNonFinite() {
    for (float[] v : values.values()) {
      for (float x : v) {
        if (!Float.isFinite(x)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Writes the snapshot (for the checkpoint cache). */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(values.size());
    for (Map.Entry<String, float[]> e : values.entrySet()) {
      out.writeUTF(e.getKey());
      long[] shape = shapes.get(e.getKey());
      out.writeInt(shape.length);
      for (long d : shape) {
        out.writeLong(d);
      }
      out.writeInt(e.getValue().length);
      for (float x : e.getValue()) {
        out.writeFloat(x);
      }
    }
  }

  /** Reads a snapshot written by {@link #write}. */
  public static WeightSnapshot read(DataInputStream in) throws IOException {
    int count = in.readInt();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    Map<String, float[]> values = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      long[] shape = new long[in.readInt()];
      for (int d = 0; d < shape.length; d++) {
        shape[d] = in.readLong();
      }
      float[] v = new float[in.readInt()];
      if (v.length != new Shape(shape).size()) {
        throw new IOException("snapshot entry " + name + " has " + v.length + " values for shape " + Arrays.toString(shape));
      }
      for (int k = 0; k < v.length; k++) {
        v[k] = in.readFloat();
      }
      shapes.put(name, shape);
      values.put(name, v);
    }
    return new WeightSnapshot(shapes, values);
  }
}
