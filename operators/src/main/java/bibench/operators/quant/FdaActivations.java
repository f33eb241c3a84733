package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import bibench.operators.ActivationQuantizer;
import bibench.operators.LayerContext;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import java.util.List;

/**
 * FDA's activation binarization (Xu et al. 2021, arXiv 2111.00111).
 *
 * <ul>
 *   <li>Forward: q = sign(X) + a_t * NA_a(X), where NA_a is a noise-adaptation MLP over the channels
 *       at each position (d = C_in) plus 0.1 sin(X), added only while training. BiBench's code
 *       creates this MLP lazily and never trains it; here it is a registered, trained parameter.
 *   <li>Gradient of the sign: the Fourier series of {@link Surrogate#fourier}, 0 where |X| &gt; 1.
 * </ul>
 */
public final class FdaActivations implements ActivationQuantizer {
  private final FdaSchedule schedule;
  private final NoiseAdaptation noise = new NoiseAdaptation("na_a");

  /** @param schedule the operator's epoch schedule */
  public FdaActivations(FdaSchedule schedule) {
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
    noise.prepare(geometry.inChannels());
  }

  @Override
  public NDArray quantize(NDArray x, LayerContext context) {
    Surrogate fourier = Surrogate.fourier(schedule.terms(), schedule.omega());
    NDArray q = Tensors.straightThrough(x, Tensors.signPlus(x), fourier.gradient(x));
    float at = schedule.noiseWeight();
    if (!context.training() || at <= 0) {
      return q;
    }
    LayerKind kind = context.geometry().kind();
    NDArray na;
    if (kind == LayerKind.LINEAR) {
      na = noise.apply(x, context);
    } else {
      int ndim = x.getShape().dimension();
      int[] toLast = new int[ndim];
      int[] back = new int[ndim];
      toLast[0] = 0;
      for (int i = 1; i < ndim - 1; i++) {
        toLast[i] = i + 1;
      }
      toLast[ndim - 1] = 1;
      for (int i = 0; i < ndim; i++) {
        back[toLast[i]] = i;
      }
      na = noise.apply(x.transpose(toLast), context).transpose(back);
    }
    return q.add(na.mul(Tensors.scalar(x.getManager(), at)));
  }
}
