package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import bibench.operators.LayerContext;
import bibench.operators.LayerGeometry;
import bibench.operators.WeightQuantizer;
import java.util.List;

/**
 * FDA's weight binarization (Xu et al. 2021, arXiv 2111.00111).
 *
 * <ul>
 *   <li>Forward: q = alpha * (sign(W) + a_t * NA_w(W)), alpha_o = mean(|W_o|) per output channel
 *       (detached); NA_w is a noise-adaptation MLP over each output channel's flattened weights
 *       (d = C_in / groups * prod(kernel)) plus 0.1 sin(W), added only while training.
 *   <li>Gradient of the sign: (4 omega / pi) sum_{i=0..n} cos((2i + 1) omega W), 0 where |W| &gt; 1
 *       ({@link Surrogate#fourier}); alpha multiplies it, since FDA scales after the noise.
 *   <li>n and a_t come from {@link FdaSchedule}.
 * </ul>
 */
public final class FdaWeights implements WeightQuantizer {
  private final FdaSchedule schedule;
  private final NoiseAdaptation noise = new NoiseAdaptation("na_w");

  /** @param schedule the operator's epoch schedule */
  public FdaWeights(FdaSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public List<Parameter> parameters() {
    return noise.parameters();
  }

  /** The noise-adaptation MLP is training-only: a_t = 0 at deployment. */
  @Override
  public List<Parameter> deployedParameters() {
    return List.of();
  }

  @Override
  public void prepare(LayerGeometry geometry) {
    noise.prepare(geometry.fanIn());
  }

  @Override
  public boolean scalesPerOutputChannel() {
    return true;
  }

  @Override
  public NDArray quantize(NDArray w, LayerContext context) {
    Surrogate fourier = Surrogate.fourier(schedule.terms(), schedule.omega());
    NDArray q = Tensors.straightThrough(w, Tensors.signPlus(w), fourier.gradient(w));
    float at = schedule.noiseWeight();
    if (context.training() && at > 0) {
      Shape shape = w.getShape();
      NDArray rows = w.reshape(shape.get(0), -1);
      NDArray na = noise.apply(rows, context).reshape(shape);
      q = q.add(na.mul(Tensors.scalar(w.getManager(), at)));
    }
    return q.mul(Tensors.meanAbs(w, context.geometry().kind().weightChannelAxes()));
  }
}
