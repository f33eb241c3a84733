package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResampleTest {

  @Test
  void boxDownByTwoAveragesPairs() {
    float[] row = {0.1f, 0.3f, 0.5f, 0.9f};
    assertArrayEquals(new float[] {0.2f, 0.7f}, Resample.boxResize(row, 1, 4, 1, 2), 1e-6f);
  }

  @Test
  void boxThreeToTwoAveragesTheFirstPairAndKeepsTheLast() {
    // windows (0, 1.5] and (1.5, 3] hold the pixel centres 0.5, 1.5 and 2.5 respectively
    float[] row = {0.2f, 0.4f, 0.9f};
    assertArrayEquals(new float[] {0.3f, 0.9f}, Resample.boxResize(row, 1, 3, 1, 2), 1e-6f);
  }

  @Test
  void boxUpIsNearestNeighbour() {
    float[] row = {0.2f, 0.4f, 0.9f};
    assertArrayEquals(new float[] {0.2f, 0.4f, 0.4f, 0.9f}, Resample.boxResize(row, 1, 3, 1, 4), 1e-6f);
    assertArrayEquals(new float[] {0.2f, 0.2f, 0.4f, 0.4f, 0.9f, 0.9f},
        Resample.boxResize(row, 1, 3, 1, 6), 1e-6f);
  }

  @Test
  void boxDownAveragesExactlyThePixelsWhoseCentresFallInTheWindow() {
    // Pillow's BOX: source pixel x goes to target o when o * s < x + 0.5 <= (o + 1) * s, s = in/out
    for (int[] sizes : new int[][] {{32, 30}, {32, 28}, {32, 27}, {32, 24}, {32, 20}, {28, 26}, {8, 5}}) {
      int in = sizes[0];
      int out = sizes[1];
      float[] row = new float[in];
      for (int x = 0; x < in; x++) {
        row[x] = (x * 7 % 11) / 10f;
      }
      float[] got = Resample.boxResize(row, 1, in, 1, out);
      double s = (double) in / out;
      for (int o = 0; o < out; o++) {
        double sum = 0;
        int count = 0;
        for (int x = 0; x < in; x++) {
          if (o * s < x + 0.5 && x + 0.5 <= (o + 1) * s) {
            sum += row[x];
            count++;
          }
        }
        assertEquals(sum / count, got[o], 1e-6, in + "->" + out + " at " + o);
      }
    }
  }

  @Test
  void boxResizeIsSeparable() {
    float[] plane = new float[6 * 4];
    for (int i = 0; i < plane.length; i++) {
      plane[i] = i / 24f;
    }
    float[] both = Resample.boxResize(plane, 6, 4, 3, 2);
    // target (k, m) averages rows 2k, 2k + 1 and columns 2m, 2m + 1: (8k + 2m + 2.5) / 24
    for (int k = 0; k < 3; k++) {
      for (int m = 0; m < 2; m++) {
        double mean = ((2 * k) * 4 + 2 * m + 0.5 + 2) / 24.0; // mean of i over the 2x2 block
        assertEquals(mean, both[k * 2 + m], 1e-6);
      }
    }
  }

  @Test
  void clippedZoomMatchesSciPy() {
    // reference: Hendrycks' clipped_zoom on np.arange(64).reshape(8, 8) / 64 with SciPy 1.17
    float[] plane = new float[64];
    for (int i = 0; i < 64; i++) {
      plane[i] = i / 64f;
    }
    double[][] row0 = {
        {0.0, 0.01171875, 0.0234375, 0.03515625, 0.046875, 0.05859375, 0.0703125, 0.08203125},
        {0.140625, 0.15039062, 0.16015625, 0.16992188, 0.1796875, 0.18945312, 0.19921875, 0.20898438},
        {0.28125, 0.28710938, 0.29296875, 0.29882812, 0.3046875, 0.31054688, 0.31640625, 0.32226562}};
    double[][] col5 = {
        {0.05859375, 0.15234375, 0.24609375, 0.33984375, 0.43359375, 0.52734375, 0.62109375, 0.71484375},
        {0.18945312, 0.26757812, 0.34570312, 0.42382812, 0.50195312, 0.58007812, 0.65820312, 0.73632812},
        {0.31054688, 0.35742188, 0.40429688, 0.45117188, 0.49804688, 0.54492188, 0.59179688, 0.63867188}};
    double[] zooms = {1.25, 1.5, 2.25};
    for (int z = 0; z < zooms.length; z++) {
      float[] out = Resample.clippedZoom(plane, 8, 8, zooms[z]);
      for (int i = 0; i < 8; i++) {
        assertEquals(row0[z][i], out[i], 1e-6, "zoom " + zooms[z] + " row 0 col " + i);
        assertEquals(col5[z][i], out[i * 8 + 5], 1e-6, "zoom " + zooms[z] + " col 5 row " + i);
      }
    }
  }

  @Test
  void clippedZoomByOneOrAlmostOneIsTheIdentity() {
    float[] plane = new float[64];
    for (int i = 0; i < 64; i++) {
      plane[i] = (i * 13 % 64) / 64f;
    }
    assertArrayEquals(plane, Resample.clippedZoom(plane, 8, 8, 1.0), 1e-7f);
    assertArrayEquals(plane, Resample.clippedZoom(plane, 8, 8, 1.06), 1e-7f); // ceil(8/1.06) = 8
  }
}
