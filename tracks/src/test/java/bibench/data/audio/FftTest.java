package bibench.data.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FftTest {

  @Test
  void matchesANaiveDft() {
    for (int n : new int[] {1, 2, 8, 64, 1024}) {
      SplittableRandom r = new SplittableRandom(n);
      double[] re = new double[n];
      double[] im = new double[n];
      for (int i = 0; i < n; i++) {
        re[i] = r.nextDouble(-1, 1);
        im[i] = r.nextDouble(-1, 1);
      }
      double[] fr = re.clone();
      double[] fi = im.clone();
      new Fft(n).transform(fr, fi);
      for (int k = 0; k < n; k++) {
        double sr = 0;
        double si = 0;
        for (int t = 0; t < n; t++) {
          double a = -2 * Math.PI * k * t / n;
          sr += re[t] * Math.cos(a) - im[t] * Math.sin(a);
          si += re[t] * Math.sin(a) + im[t] * Math.cos(a);
        }
        assertEquals(sr, fr[k], 1e-9 * n, "re n=" + n + " k=" + k);
        assertEquals(si, fi[k], 1e-9 * n, "im n=" + n + " k=" + k);
      }
    }
  }

  @Test
  void aCosineOnABinPutsItsPowerInThatBin() {
    int n = 16;
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = Math.cos(2 * Math.PI * 3 * t / n);
    }
    double[] p = new Fft(n).powerSpectrum(x);
    assertEquals(9, p.length);
    // |X[3]| = n / 2 for a unit cosine on bin 3; every other bin is empty.
    for (int k = 0; k < p.length; k++) {
      assertEquals(k == 3 ? 64.0 : 0.0, p[k], 1e-9);
    }
  }

  @Test
  void rejectsLengthsThatAreNotPowersOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> new Fft(12));
  }
}
