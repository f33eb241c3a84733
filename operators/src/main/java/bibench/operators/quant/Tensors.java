package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Small tensor helpers that keep two DJL traps out of every quantizer.
 *
 * <ol>
 *   <li>A result lives in the manager of its first operand, so an operation on a model parameter
 *       lands in the model's long-lived manager and is never freed. {@link #intoManager} moves a
 *       parameter into the batch's manager first (one cheap add that keeps the gradient path).
 *   <li>{@code x.mul(2f)} and friends wrap a Java buffer that PyTorch does not copy; autograd keeps
 *       it, and if the garbage collector frees it before {@code backward()} the gradient reads freed
 *       memory. Tensors that need gradients are only ever combined with scalars made by {@link
 *       #scalar}, which PyTorch allocates itself.
 * </ol>
 */
public final class Tensors {
  private Tensors() {}

  /** A 0-d float tensor allocated by the engine, safe to combine with tensors needing gradients. */
  public static NDArray scalar(NDManager manager, float value) {
    return manager.full(new Shape(), value, DataType.FLOAT32);
  }

  /** {@code array}, re-homed in {@code manager} with its gradient path intact. */
  public static NDArray intoManager(NDArray array, NDManager manager) {
    if (array.getManager() == manager) {
      return array;
    }
    return scalar(manager, 0f).add(array);
  }

  /**
   * sign(x) with sign(0) = +1, as float +-1, without a gradient. PyTorch's sign(0) is 0, which would
   * make a value ternary; this project uses +1 on the training path and in the bit-packed kernels
   * (bit = x &gt;= 0), so the two agree bit for bit.
   */
  public static NDArray signPlus(NDArray x) {
    NDArray positive = x.stopGradient().gte(0f).toType(DataType.FLOAT32, false);
    return positive.add(positive).sub(1f);
  }

  /**
   * The straight-through composition: forward value exactly {@code q}, gradient with respect to
   * {@code x} exactly {@code g} (element-wise). Computed as {@code q + (t - t.detach())} with {@code
   * t = x * g.detach()}, so autograd stores only {@code g}. {@code q} and {@code g} must not need
   * gradients.
   */
  public static NDArray straightThrough(NDArray x, NDArray q, NDArray g) {
    NDArray t = x.mul(g.stopGradient());
    return q.stopGradient().add(t.sub(t.stopGradient()));
  }

  /** Forward exactly {@code q}, gradient 1 with respect to {@code x}. */
  public static NDArray identityGradient(NDArray x, NDArray q) {
    return q.stopGradient().add(x.sub(x.stopGradient()));
  }

  /**
   * Mean over {@code axes}, kept as size-1 axes, differentiable. (The PyTorch engine's own {@code
   * mean} takes one axis only.)
   */
  public static NDArray mean(NDArray x, int[] axes) {
    long count = 1;
    for (int axis : axes) {
      count *= x.getShape().get(axis);
    }
    return x.sum(axes, true).mul(scalar(x.getManager(), 1f / count));
  }

  /** Mean of |x| over {@code axes}, kept as size-1 axes, detached. */
  public static NDArray meanAbs(NDArray x, int[] axes) {
    return mean(x.stopGradient().abs(), axes);
  }

  /**
   * Unbiased variance over {@code axes} (the default of PyTorch's {@code var}, which BiBench's ReCU
   * uses), kept as size-1 axes, differentiable.
   */
  public static NDArray unbiasedVariance(NDArray x, int[] axes) {
    long count = 1;
    for (int axis : axes) {
      count *= x.getShape().get(axis);
    }
    NDArray centred = x.sub(mean(x, axes));
    NDArray sumSquares = centred.mul(centred).sum(axes, true);
    float bessel = count > 1 ? 1f / (count - 1) : 1f;
    return sumSquares.mul(scalar(x.getManager(), bessel));
  }

  /** Weight of shape (out, ...) per-output-channel shape (out, 1, ..., 1) for broadcasting. */
  public static Shape perOutputChannel(Shape weightShape) {
    long[] dims = new long[weightShape.dimension()];
    java.util.Arrays.fill(dims, 1);
    dims[0] = weightShape.get(0);
    return new Shape(dims);
  }

  /** Shape that broadcasts a per-channel vector of length {@code c} at {@code axis} of an ndim tensor. */
  public static Shape alongAxis(int ndim, int axis, long c) {
    long[] dims = new long[ndim];
    java.util.Arrays.fill(dims, 1);
    dims[axis] = c;
    return new Shape(dims);
  }
}
