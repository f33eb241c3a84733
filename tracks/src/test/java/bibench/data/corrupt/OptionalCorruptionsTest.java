package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-checked and reference-checked cases of the optional corruptions. */
class OptionalCorruptionsTest {

  @Test
  void motionBlurOfAnImpulseMatchesImageMagick() {
    // ImageMagick 6.9.11: convert impulse.pgm -motion-blur 6x2+30 (impulse at row 16, column 16);
    // the taps, strongest first, land on these pixels (values under 1e-5 vanish in 16 bits)
    int[][] taps = {{16, 16}, {16, 15}, {15, 14}, {15, 13}, {14, 13}, {14, 12}, {13, 11}, {13, 10},
        {12, 9}, {12, 8}};
    float[] impulse = new float[32 * 32];
    impulse[16 * 32 + 16] = 1f;
    float[] out = MotionBlurKernel.blur(impulse, 32, 32, 6, 2, 30);
    double norm = 0;
    for (int i = 0; i < 13; i++) {
      norm += Math.exp(-i * i / 8.0);
    }
    float[] expected = new float[32 * 32];
    for (int i = 0; i < taps.length; i++) {
      expected[taps[i][0] * 32 + taps[i][1]] = (float) (Math.exp(-i * i / 8.0) / norm);
    }
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], out[k], 2e-5, "pixel " + k / 32 + "," + k % 32);
    }
    assertEquals(0.332601, out[16 * 32 + 16], 1e-5); // ImageMagick's value
    assertEquals(0.293523, out[16 * 32 + 15], 1e-5);
  }

  @Test
  void motionBlurRepeatsTheEdge() {
    // a vertical smear downwards (angle 90) of a top-to-bottom ramp: the last row only sees itself
    float[] ramp = new float[8 * 8];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = (i / 8) / 7f;
    }
    float[] out = MotionBlurKernel.blur(ramp, 8, 8, 6, 1, 90);
    assertEquals(1f, out[7 * 8 + 3], 1e-6);
    assertTrue(out[0] > ramp[0]);
  }

  @Test
  void defocusDiskMatchesOpenCv() {
    // reference disk(radius, alias_blur) built with cv2.GaussianBlur: centre, side and corner values
    double[][] cases = {
        {0.3, 0.4, 0.84497315, 0.03712553, 0.001631182},
        {0.5, 0.6, 0.44521323, 0.111014895, 0.027681809},
        {1, 0.2, 0.2, 0.19999777, 1.4906418e-06},
        {1.5, 0.1, 0.11111111, 0.11111111, 0.11111111}};
    for (double[] c : cases) {
      float[][] k = DefocusBlur.disk(c[0], c[1]);
      int r = k.length / 2;
      assertEquals(c[2], k[r][r], 1e-6, "centre of " + Arrays.toString(c));
      assertEquals(c[3], k[r][r + 1], 1e-6, "side of " + Arrays.toString(c));
      assertEquals(c[4], k[r + 1][r + 1], 1e-6, "corner of " + Arrays.toString(c));
      double sum = 0;
      for (float[] row : k) {
        for (float v : row) {
          sum += v;
        }
      }
      assertEquals(1.0, sum, 1e-5);
    }
  }

  @Test
  void affineThroughThreePointsMatchesOpenCv() {
    // cv2.getAffineTransform([[27, 27], [27, 5], [5, 5]], [[28.5, 26], [26, 6.25], [4, 5.5]])
    double[] m = ElasticTransform.affineThrough(
        new double[][] {{27, 27}, {27, 5}, {5, 5}}, new double[][] {{28.5, 26}, {26, 6.25}, {4, 5.5}});
    double[] expected = {1.0, 0.11363636363636363, -1.568181818181818,
        0.03409090909090913, 0.8977272727272727, 0.8409090909090902};
    for (int i = 0; i < 6; i++) {
      assertEquals(expected[i], m[i], 1e-9);
    }
    double[] inv = ElasticTransform.inverseAffine(m);
    double x = 28.5 * inv[0] + 26 * inv[1] + inv[2];
    double y = 28.5 * inv[3] + 26 * inv[4] + inv[5];
    assertEquals(27, x, 1e-9);
    assertEquals(27, y, 1e-9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"defocus_blur", "motion_blur", "zoom_blur", "glass_blur", "elastic_transform"})
  void blursAndWarpsLeaveAConstantImageUnchanged(String id) {
    ChwImage flat = ChwImage.filled(3, 32, 32, 0.42f);
    for (int s = 1; s <= 5; s++) {
      for (float v : Corruptions.byId(id).apply(flat, s, 3L, 0).data()) {
        assertEquals(0.42f, v, 1e-5, id + " severity " + s);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"defocus_blur", "zoom_blur"})
  void deterministicBlursGrowWithSeverity(String id) {
    // a photo-like image: on near-Nyquist texture a 3x3 box (defocus 5) and a plus-shaped disk
    // (defocus 4) are not ordered
    ChwImage clean = TestImages.smooth(3, 32, 32);
    double previous = 0;
    for (int s = 1; s <= 5; s++) {
      double change = Corruptions.byId(id).apply(clean, s, 0L, 0).meanAbsoluteDifference(clean);
      assertTrue(change > previous, id + " severity " + s);
      previous = change;
    }
  }

  @Test
  void zoomBlurAveragesTheImageWithSevenZoomsAtSeverityOne() {
    // numpy's arange(1, 1.06, 0.01) has 7 factors, 1.00 to 1.06
    ChwImage clean = TestImages.textured(1, 16, 16);
    float[] plane = clean.plane(0);
    float[] expected = plane.clone();
    for (int i = 0; i <= 6; i++) {
      float[] z = Resample.clippedZoom(plane, 16, 16, 1 + 0.01 * i);
      for (int k = 0; k < z.length; k++) {
        expected[k] += z[k];
      }
    }
    float[] got = Corruptions.byId("zoom_blur").apply(clean, 1, 0L, 0).data();
    for (int k = 0; k < got.length; k++) {
      assertEquals(expected[k] / 8, got[k], 1e-5);
    }
  }

  @Test
  void glassBlurCopiesEachPixelFromItselfOrAnUpperLeftNeighbour() {
    // severity 1: sigma 0.05 leaves the blur as the identity, one pass of the shuffle
    int h = 12;
    int w = 10;
    float[] d = new float[h * w];
    for (int i = 0; i < d.length; i++) {
      d[i] = i / (float) d.length;
    }
    ChwImage clean = new ChwImage(d, 1, h, w);
    float[] out = Corruptions.byId("glass_blur").apply(clean, 1, 8L, 0).data();
    int moved = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float v = out[y * w + x];
        if (y <= 1 || x <= 1) {
          assertEquals(d[y * w + x], v, 0f, "rows and columns 0 and 1 are never written");
          continue;
        }
        boolean fromNeighbour = v == d[y * w + x] || v == d[(y - 1) * w + x]
            || v == d[y * w + x - 1] || v == d[(y - 1) * w + x - 1];
        assertTrue(fromNeighbour, "pixel " + y + "," + x);
        moved += v == d[y * w + x] ? 0 : 1;
      }
    }
    // three of four draws move the pixel: expect about 0.75 * 80 = 60
    assertTrue(moved > 40 && moved < 80, "moved " + moved);
  }

  @Test
  void fogOnAFlatImageSpansItsTwoExtremes() {
    // x = 0.5 everywhere: x' = (0.5 + t F) * 0.5 / (0.5 + t), F spans [0, 1]
    double[] thickness = {0.2, 0.5, 0.75, 1, 1.5};
    ChwImage flat = ChwImage.filled(3, 32, 32, 0.5f);
    for (int s = 1; s <= 5; s++) {
      float[] out = Corruptions.byId("fog").apply(flat, s, 4L, 0).data();
      float min = Float.MAX_VALUE;
      float max = -Float.MAX_VALUE;
      for (float v : out) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      assertEquals(0.25 / (0.5 + thickness[s - 1]), min, 1e-6, "severity " + s);
      assertEquals(0.5, max, 1e-6, "severity " + s);
    }
  }

  @Test
  void plasmaFractalFillsZeroToOneAndSlowerDecayIsRougher() {
    double smoothRoughness = 0;
    double roughRoughness = 0;
    for (int seed = 0; seed < 20; seed++) {
      double[][] smooth = PlasmaFractal.generate(32, 3, CorruptionRandom.ofSeed(seed));
      double[][] rough = PlasmaFractal.generate(32, 1.75, CorruptionRandom.ofSeed(seed));
      assertEquals(0, Arrays.stream(smooth).flatMapToDouble(Arrays::stream).min().orElseThrow(), 0);
      assertEquals(1, Arrays.stream(smooth).flatMapToDouble(Arrays::stream).max().orElseThrow(), 1e-12);
      smoothRoughness += roughness(smooth);
      roughRoughness += roughness(rough);
    }
    assertTrue(roughRoughness > 1.2 * smoothRoughness, smoothRoughness + " vs " + roughRoughness);
    assertEquals(32, PlasmaFractal.sizeFor(32));
    assertEquals(32, PlasmaFractal.sizeFor(28));
    assertEquals(8, PlasmaFractal.sizeFor(8));
  }

  private static double roughness(double[][] m) {
    double sum = 0;
    for (int i = 0; i < m.length; i++) {
      for (int j = 1; j < m.length; j++) {
        sum += Math.abs(m[i][j] - m[i][j - 1]);
      }
    }
    return sum;
  }

  @Test
  void snowWhitensABlackImageAndAddsFlakes() {
    // black: x1 = (1 - blend) * max(0, 0.5) = 0.025 at severity 1 (blend 0.95), flakes only add
    ChwImage black = ChwImage.zeros(3, 32, 32);
    float[] out = Corruptions.byId("snow").apply(black, 1, 11L, 0).data();
    int above = 0;
    for (float v : out) {
      assertTrue(v >= 0.025f - 1e-6f, "value " + v);
      above += v > 0.03f ? 1 : 0;
    }
    assertTrue(above > 0, "no flakes at all");
  }

  @Test
  void mudCoversWithBrownAndWaterOnlyBrightens() {
    ChwImage gray = ChwImage.filled(3, 32, 32, 0.5f);
    Corruption spatter = Corruptions.byId("spatter");
    for (int seed = 0; seed < 5; seed++) {
      float[] water = spatter.apply(gray, 2, seed, 0).data();
      for (float v : water) {
        assertTrue(v >= 0.5f - 1e-6f, "water must not darken");
      }
      float[] mud = spatter.apply(gray, 5, seed, 0).data();
      for (int i = 0; i < 1024; i++) {
        float r = mud[i];
        float b = mud[2048 + i];
        assertTrue(r >= b - 1e-6f, "mud is brown: red never below blue");
      }
    }
  }
}
