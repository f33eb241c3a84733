package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * The gradient a binarizer passes back in place of sign's zero gradient: an element-wise function
 * g(x) = s'(x) of a smooth surrogate s. Computed directly (no autograd through s), which is both
 * exact and much faster than differentiating s.
 */
@FunctionalInterface
public interface Surrogate {

  /** g(x) for every element of {@code x}; the result needs no gradient. */
  NDArray gradient(NDArray x);

  /**
   * Clipped straight-through estimator (Hubara et al. 2016): s(x) = clamp(x, -1, 1), so g(x) = 1 on
   * [-1, 1] (both ends included, as PyTorch's clamp) and 0 outside.
   */
  static Surrogate clippedSte() {
    return x -> x.stopGradient().abs().lte(1f).toType(DataType.FLOAT32, false);
  }

  /**
   * ApproxSign (Liu et al. 2018, Bi-Real Net): s(x) = -1 for x &lt; -1, x^2 + 2x on [-1, 0), -x^2 +
   * 2x on [0, 1), 1 for x &gt;= 1; so g(x) = 2 + 2x on [-1, 0), 2 - 2x on [0, 1), 0 elsewhere,
   * i.e. max(0, 2 - 2|x|). ReCU's activation gradient is the same triangle.
   */
  static Surrogate approxSign() {
    return x -> x.stopGradient().abs().mul(-2f).add(2f).maximum(0f);
  }

  /**
   * FDA's Fourier-series gradient (Xu et al. 2021): the derivative of the first n + 1 terms of
   * sign's Fourier series, g(x) = (4 omega / pi) * sum_{i=0..n} cos((2i + 1) omega x), set to 0
   * where |x| &gt; 1. The sum is evaluated in closed form, sum_{i=0..n} cos((2i+1) t) = sin(2 (n+1)
   * t) / (2 sin t), with its limit n + 1 at t = 0; that is one sine pair per element instead of n + 1
   * cosines.
   *
   * @param terms n, the index of the last term (FDA raises it from 9 to 18 over training)
   * @param omega the base frequency (0.1 in FDA)
   */
  static Surrogate fourier(int terms, float omega) {
    float factor = (float) (4 * omega / Math.PI);
    return x -> {
      NDArray xd = x.stopGradient();
      NDArray t = xd.mul(omega);
      NDArray sinT = t.sin();
      NDArray near0 = sinT.abs().lt(1e-6f);
      NDArray ratio = t.mul(2f * (terms + 1)).sin().div(sinT.mul(2f).add(near0.toType(DataType.FLOAT32, false)));
      NDArray sum = ai.djl.ndarray.NDArrays.where(near0, xd.zerosLike().add((float) (terms + 1)), ratio);
      NDArray inside = xd.abs().lte(1f).toType(DataType.FLOAT32, false);
      return sum.mul(factor).mul(inside);
    };
  }
}
