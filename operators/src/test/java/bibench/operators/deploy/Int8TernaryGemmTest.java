package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bibench.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ternary x int8 GEMM (W1.58A8) is the exact integer product {@code sum trit(a) * b} on every
 * path, including the extremes of int8 over long reductions (the 16-bit partial sums must not
 * overflow).
 */
class Int8TernaryGemmTest {

  @ParameterizedTest(name = "{0}x{1}x{2}")
  @CsvSource({"1,1,1", "5,70,33", "37,64,576", "9,130,300", "3,200,1000"})
  void productIsTheExactTernaryDot(int m, int n, int k) {
    Random r = new Random(m * 1000L + n * 10L + k);
    float[] a = Reference.trits(r, m * k, 0.7f);
    byte[] b = new byte[k * n];
    r.nextBytes(b);
    float[] want = new float[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int dot = 0;
        for (int t = 0; t < k; t++) {
          dot += Reference.trit(a[i * k + t]) * b[t * n + j];
        }
        want[i * n + j] = dot;
      }
    }
    for (KernelPath path : KernelPath.values()) {
      Int8TernaryGemm g = Int8TernaryGemm.create(m, n, k, a, path);
      float[] c = new float[m * n];
      g.multiply(g.packB(b), c);
      assertArrayEquals(want, c, 0f, path.toString());
    }
  }

  @Test
  void extremeValuesOverALongReductionDoNotOverflow() {
    int k = 4000;
    float[] a = new float[2 * k];
    byte[] b = new byte[k * 2];
    for (int t = 0; t < k; t++) {
      a[t] = 1f;
      a[k + t] = t % 2 == 0 ? 1f : -1f;
      b[2 * t] = Byte.MIN_VALUE;
      b[2 * t + 1] = t % 2 == 0 ? Byte.MAX_VALUE : Byte.MIN_VALUE;
    }
    for (KernelPath path : KernelPath.values()) {
      Int8TernaryGemm g = Int8TernaryGemm.create(2, 2, k, a, path);
      float[] c = new float[4];
      g.multiply(g.packB(b), c);
      assertArrayEquals(new float[] {-128f * k, (127f - 128f) * k / 2, 0f, (127f + 128f) * k / 2}, c, 0f,
          path.toString());
    }
    BadInputException e = assertThrows(BadInputException.class,
        () -> Int8TernaryGemm.create(2, 2, k, a, KernelPath.SCALAR).packB(new byte[3]));
    assertEquals("B has 3 values, expected K x N = 8000. Fix: pass a K x N row-major int8 matrix", e.getMessage());
  }
}
