package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Border rules and sampling against SciPy 1.17 and OpenCV conventions. */
class FiltersTest {

  @Test
  void bordersMirrorAsTheirLibrariesDo() {
    int[] reflect = new int[8];
    int[] reflect101 = new int[8];
    int[] nearest = new int[8];
    for (int i = -2; i < 6; i++) {
      reflect[i + 2] = Border.REFLECT.index(i, 4);
      reflect101[i + 2] = Border.REFLECT_101.index(i, 4);
      nearest[i + 2] = Border.NEAREST.index(i, 4);
    }
    assertArrayEquals(new int[] {1, 0, 0, 1, 2, 3, 3, 2}, reflect);
    assertArrayEquals(new int[] {2, 1, 0, 1, 2, 3, 2, 1}, reflect101);
    assertArrayEquals(new int[] {0, 0, 0, 1, 2, 3, 3, 3}, nearest);
    assertEquals(0, Border.REFLECT_101.index(5, 1));
  }

  @Test
  void bilinearWithReflectMatchesSciPyMapCoordinates() {
    // map_coordinates([[0, 1, 2, 3]] / 3, ..., order=1, mode='reflect') at x = -0.5, 3.5, -1.25, 4.75
    float[] row = {0f, 1 / 3f, 2 / 3f, 1f};
    double[] xs = {-0.5, 3.5, -1.25, 4.75};
    double[] expected = {0, 1, 0.08333333, 0.75};
    for (int i = 0; i < xs.length; i++) {
      assertEquals(expected[i], Filters.bilinear(row, 1, 4, 0, xs[i], Border.REFLECT), 1e-6, "x=" + xs[i]);
    }
  }

  @Test
  void gaussianWithReflectAndTruncateThreeMatchesSciPy() {
    // gaussian_filter([[0, 0, 0, 0, 1]], [0, 1], mode='reflect', truncate=3)
    float[] row = {0, 0, 0, 0, 1};
    float[] k = Filters.gaussianKernel(1.0, 3.0);
    float[] out = Filters.separable(row, 1, 5, new float[] {1f}, k, Border.REFLECT);
    assertArrayEquals(new float[] {0f, 0.004433048f, 0.05843863f, 0.29604181f, 0.64108651f}, out, 1e-6f);
  }

  @Test
  void gaussianKernelOfZeroSigmaIsTheIdentity() {
    assertArrayEquals(new float[] {1f}, Filters.gaussianKernel(0, 4));
    assertEquals(9, Filters.gaussianKernel(1.0, 4).length); // radius round(4 * 1) = 4
    assertEquals(3, Filters.gaussianKernel(0.3, 4).length); // radius int(1.2 + 0.5) = 1
  }
}
