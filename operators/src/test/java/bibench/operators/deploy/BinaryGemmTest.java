package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryGemmTest {
  @ParameterizedTest(name = "{0}x{1}x{2}")
  @CsvSource({"1,1,1", "5,70,33", "37,64,576", "64,130,100", "9,16,4608", "6,192,1000"})
  void productOfSignsTimesRowScaleAndBias(int m, int n, int k) {
    Random r = new Random(m * 1000L + n * 10L + k);
    float[] a = Reference.values(r, m * k);
    float[] b = Reference.values(r, k * n);
    float[] mult = Reference.uniform(r, m, -1f, 1f);
    float[] bias = Reference.uniform(r, m, -1f, 1f);
    float[] want = new float[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int dot = 0;
        for (int t = 0; t < k; t++) {
          dot += Reference.sign(a[i * k + t]) * Reference.sign(b[t * n + j]);
        }
        want[i * n + j] = Math.fma((float) dot, mult[i], bias[i]);
      }
    }
    for (KernelPath path : KernelPath.values()) {
      BinaryGemm g = BinaryGemm.create(m, n, k, mult, bias, path);
      float[] c = new float[m * n];
      g.multiply(g.packA(a), g.packB(b), c);
      assertArrayEquals(want, c, 0f, path.toString());
    }
  }
}
