package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorruptionRandomTest {

  @Test
  void sameKeyGivesSameStreamAndEveryKeyPartMatters() {
    double a = CorruptionRandom.forImage(7, "gaussian_noise", 3, 11).nextDouble();
    assertEquals(a, CorruptionRandom.forImage(7, "gaussian_noise", 3, 11).nextDouble());
    assertNotEquals(a, CorruptionRandom.forImage(8, "gaussian_noise", 3, 11).nextDouble());
    assertNotEquals(a, CorruptionRandom.forImage(7, "shot_noise", 3, 11).nextDouble());
    assertNotEquals(a, CorruptionRandom.forImage(7, "gaussian_noise", 4, 11).nextDouble());
    assertNotEquals(a, CorruptionRandom.forImage(7, "gaussian_noise", 3, 12).nextDouble());
  }

  @Test
  void gaussianHasMeanZeroAndUnitVariance() {
    CorruptionRandom r = CorruptionRandom.ofSeed(1);
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double g = r.nextGaussian();
      sum += g;
      sumSq += g * g;
    }
    double mean = sum / n;
    // standard error of the mean is 1/sqrt(n) = 0.0022; of the variance about sqrt(2/n) = 0.0032
    assertEquals(0, mean, 0.011);
    assertEquals(1, sumSq / n - mean * mean, 0.016);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 4.0, 9.99, 10.0, 37.5, 250.0, 500.0})
  void poissonHasMeanAndVarianceLambda(double lambda) {
    CorruptionRandom r = CorruptionRandom.ofSeed(42);
    int n = 100_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      long k = r.nextPoisson(lambda);
      assertTrue(k >= 0);
      sum += k;
      sumSq += (double) k * k;
    }
    double mean = sum / n;
    double variance = sumSq / n - mean * mean;
    // mean: 5 standard errors sqrt(lambda / n); variance: 5 of about lambda * sqrt(2 / n)
    assertEquals(lambda, mean, 5 * Math.sqrt(lambda / n));
    assertEquals(lambda, variance, 5 * lambda * Math.sqrt((2 + 1 / lambda) / n));
  }

  @Test
  void poissonMatchesTheProbabilityOfZeroAndOfTheMode() {
    CorruptionRandom r = CorruptionRandom.ofSeed(3);
    int n = 200_000;
    int zeros = 0;
    int twelves = 0;
    for (int i = 0; i < n; i++) {
      if (r.nextPoisson(2.0) == 0) {
        zeros++;
      }
      if (r.nextPoisson(12.0) == 12) {
        twelves++;
      }
    }
    double p0 = Math.exp(-2.0);
    double p12 = Math.exp(-12.0 + 12 * Math.log(12.0) - Math.log(479001600.0)); // 12! = 479001600
    assertEquals(p0, zeros / (double) n, 5 * Math.sqrt(p0 * (1 - p0) / n));
    assertEquals(p12, twelves / (double) n, 5 * Math.sqrt(p12 * (1 - p12) / n));
  }

  @Test
  void poissonOfZeroIsZero() {
    assertEquals(0, CorruptionRandom.ofSeed(5).nextPoisson(0.0));
  }

  @Test
  void logFactorialMatchesTheExactSum() {
    for (int k : new int[] {0, 1, 5, 9, 10, 11, 30, 200, 1000}) {
      double exact = 0;
      for (int i = 2; i <= k; i++) {
        exact += Math.log(i);
      }
      assertEquals(exact, CorruptionRandom.logFactorial(k), 1e-9 * Math.max(1, exact), "k=" + k);
    }
  }
}
