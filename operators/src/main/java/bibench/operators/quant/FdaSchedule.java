package bibench.operators.quant;

/**
 * FDA's epoch schedule (Xu et al. 2021, arXiv 2111.00111), for binarized epoch e of E (0-based):
 * n(e) = 9 + floor(9 e / E) Fourier terms and noise weight a_t(e) = 0.05 (1 + cos(pi (e + 1) / E)),
 * so the noise vanishes at the last epoch and the deployed model is purely binary. Before any
 * epoch it holds the values of epoch 0 of 1 (n = 9, a_t = 0).
 */
public final class FdaSchedule {
  private volatile int terms = 9;
  private volatile float noiseWeight;

  /** Moves to epoch {@code epoch} of {@code epochs}. */
  public void update(int epoch, int epochs) {
    terms = 9 + (int) Math.floor(9.0 * epoch / epochs);
    noiseWeight = (float) (0.05 * (1 + Math.cos(Math.PI * (epoch + 1) / epochs)));
  }

  /** n, the index of the last Fourier term. */
  public int terms() {
    return terms;
  }

  /** a_t, the weight of the noise-adaptation term. */
  public float noiseWeight() {
    return noiseWeight;
  }

  /** FDA's base frequency omega. */
  public float omega() {
    return 0.1f;
  }
}
