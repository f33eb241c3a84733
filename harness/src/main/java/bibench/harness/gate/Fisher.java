package bibench.harness.gate;

/**
 * Fisher's exact test on a 2x2 table of counts, one-sided: is an event (a diverged seed) more
 * frequent in the first sample than in the second? The p-value is the hypergeometric probability
 * of at least the observed count in the first sample given both margins.
 */
final class Fisher {
  private Fisher() {}

  /**
   * P(X >= k1) for X the count of events in a first sample of {@code n1}, when {@code k1 + k2}
   * events fall among {@code n1 + n2} trials at random (1 when there are no events).
   */
  static double moreInFirst(int k1, int n1, int k2, int n2) {
    int events = k1 + k2;
    int total = n1 + n2;
    if (events == 0 || n1 == 0) {
      return 1;
    }
    double p = 0;
    for (int k = k1; k <= Math.min(events, n1); k++) {
      p += Math.exp(lnChoose(events, k) + lnChoose(total - events, n1 - k) - lnChoose(total, n1));
    }
    return Math.min(1, p);
  }

  private static double lnChoose(int n, int k) {
    if (k < 0 || k > n) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (int i = 1; i <= k; i++) {
      sum += Math.log(n - k + i) - Math.log(i);
    }
    return sum;
  }
}
