package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cases whose expected result is worked out by hand or by an independent formula. */
class HandCheckedTest {

  @Test
  void contrastPullsEveryChannelTowardsItsOwnMean() {
    // channel 0: values 0.2, 0.4, 0.6, 0.8 (mean 0.5); channel 1: 0.1 everywhere but one 0.5
    // (mean 0.2); channel 2: 1, 0, 1, 0 (mean 0.5)
    float[] d = {0.2f, 0.4f, 0.6f, 0.8f, 0.1f, 0.1f, 0.1f, 0.5f, 1f, 0f, 1f, 0f};
    ChwImage img = new ChwImage(d, 3, 2, 2);
    ChwImage out = Corruptions.byId("contrast").apply(img, 2, 0L, 0); // c = 0.5
    float[] expected = {0.35f, 0.45f, 0.55f, 0.65f, 0.15f, 0.15f, 0.15f, 0.35f, 0.75f, 0.25f, 0.75f, 0.25f};
    for (int i = 0; i < d.length; i++) {
      assertEquals(expected[i], out.data()[i], 1e-6, "value " + i);
    }
  }

  @Test
  void brightnessAddsCToAGrayImageAndClips() {
    float[] d = {0f, 0.25f, 0.5f, 0.8f, 0.95f, 1f};
    ChwImage img = new ChwImage(d, 1, 2, 3);
    ChwImage out = Corruptions.byId("brightness").apply(img, 5, 0L, 0); // c = 0.3
    float[] expected = {0.3f, 0.55f, 0.8f, 1f, 1f, 1f};
    for (int i = 0; i < d.length; i++) {
      assertEquals(expected[i], out.data()[i], 1e-6, "value " + i);
    }
  }

  @Test
  void brightnessOfAColourPixelRaisesItsMaximumAndKeepsHueAndSaturation() {
    // (0.6, 0.3, 0.15): V = 0.6, S = 0.75; V + 0.2 = 0.8 scales every channel by 0.8 / 0.6
    ChwImage img = new ChwImage(new float[] {0.6f, 0.3f, 0.15f}, 3, 1, 1);
    ChwImage out = Corruptions.byId("brightness").apply(img, 4, 0L, 0);
    assertEquals(0.8f, out.data()[0], 1e-6);
    assertEquals(0.4f, out.data()[1], 1e-6);
    assertEquals(0.2f, out.data()[2], 1e-6);
  }

  @Test
  void saturateOfAColourPixelScalesItsSaturation() {
    // (0.8, 0.4, 0.6): V = 0.8, S = 0.5, hue between magenta and red. Severity 2 (mult 0.1):
    // S' = 0.05, so min' = 0.76 and the middle channel keeps its relative place: 0.8 - 0.02 = 0.78
    ChwImage img = new ChwImage(new float[] {0.8f, 0.4f, 0.6f}, 3, 1, 1);
    ChwImage out = Corruptions.byId("saturate").apply(img, 2, 0L, 0);
    assertEquals(0.8f, out.data()[0], 1e-6);
    assertEquals(0.76f, out.data()[1], 1e-6);
    assertEquals(0.78f, out.data()[2], 1e-6);
  }

  @Test
  void saturateLeavesAGrayImageAlone() {
    ChwImage img = TestImages.textured(1, 8, 8);
    for (int s = 1; s <= 5; s++) {
      assertEquals(img, Corruptions.byId("saturate").apply(img, s, 0L, 0));
    }
  }

  @Test
  void pixelateOfAConstantImageIsUnchanged() {
    ChwImage img = ChwImage.filled(3, 32, 32, 0.37f);
    for (int s = 1; s <= 5; s++) {
      ChwImage out = Corruptions.byId("pixelate").apply(img, s, 0L, 0);
      for (float v : out.data()) {
        assertEquals(0.37f, v, 1e-6);
      }
    }
  }

  @Test
  void gaussianBlurOfAConstantImageIsUnchanged() {
    ChwImage img = ChwImage.filled(1, 9, 11, 0.6f);
    for (int s = 1; s <= 5; s++) {
      for (float v : Corruptions.byId("gaussian_blur").apply(img, s, 0L, 0).data()) {
        assertEquals(0.6f, v, 1e-6);
      }
    }
  }

  @Test
  void gaussianBlurOfAnImpulseIsTheSampledGaussianKernel() {
    double[] sigmas = {0.4, 0.6, 0.7, 0.8, 1.0};
    int n = 13;
    int centre = 6;
    for (int s = 1; s <= 5; s++) {
      double sigma = sigmas[s - 1];
      ChwImage impulse = ChwImage.zeros(1, n, n);
      impulse.data()[centre * n + centre] = 1f;
      ChwImage out = Corruptions.byId("gaussian_blur").apply(impulse, s, 0L, 0);
      int radius = (int) Math.round(4 * sigma); // scikit-image: int(truncate * sigma + 0.5)
      double norm = 0;
      for (int k = -radius; k <= radius; k++) {
        norm += Math.exp(-k * k / (2 * sigma * sigma));
      }
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          int dy = y - centre;
          int dx = x - centre;
          double expected = Math.abs(dy) > radius || Math.abs(dx) > radius
              ? 0
              : Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)) / (norm * norm);
          assertEquals(expected, out.get(0, y, x), 1e-6, "sigma " + sigma + " at " + dy + "," + dx);
        }
      }
    }
  }

  @Test
  void gaussianBlurAtSigmaOneMatchesSciPyNearTheEdge() {
    // scipy.ndimage.gaussian_filter(impulse at (0, 0) of a 5x5 zero image, 1.0, mode='nearest',
    // truncate=4.0): the edge repeats, so the corner collects the mass of the cut-off tails.
    ChwImage impulse = ChwImage.zeros(1, 5, 5);
    impulse.data()[0] = 1f;
    ChwImage out = Corruptions.byId("gaussian_blur").apply(impulse, 5, 0L, 0);
    assertEquals(0.48926071, out.get(0, 0, 0), 1e-6);
    assertEquals(0.21021103, out.get(0, 0, 1), 1e-6);
    assertEquals(0.09031724, out.get(0, 1, 1), 1e-6);
    assertEquals(1.791e-8, out.get(0, 4, 4), 1e-10);
  }

  @Test
  void lowerJpegQualityGivesLargerError() {
    for (int channels : new int[] {1, 3}) {
      ChwImage clean = TestImages.smooth(channels, 32, 32);
      Corruption jpeg = Corruptions.byId("jpeg_compression");
      double[] error = new double[5];
      for (int s = 1; s <= 5; s++) {
        error[s - 1] = jpeg.apply(clean, s, 0L, 0).meanAbsoluteDifference(clean);
        assertTrue(s == 1 || error[s - 1] > error[s - 2], java.util.Arrays.toString(error));
      }
      assertTrue(error[0] > 0.002, "quality 80 should lose something: " + error[0]);
      assertTrue(error[4] > 1.4 * error[0], java.util.Arrays.toString(error));
    }
  }

  @Test
  void jpegOfAFlatGrayImageIsAlmostLossless() {
    ChwImage img = ChwImage.filled(1, 16, 16, 100 / 255f);
    ChwImage out = Corruptions.byId("jpeg_compression").apply(img, 5, 0L, 0);
    for (float v : out.data()) {
      assertEquals(100 / 255f, v, 1.5 / 255);
    }
  }

  @Test
  void shotNoiseKeepsTheMeanAndHasVarianceXOverLambda() {
    float level = 0.4f;
    ChwImage img = ChwImage.filled(3, 64, 64, level);
    int n = img.data().length;
    ChwImage out = Corruptions.byId("shot_noise").apply(img, 1, 77L, 0); // lambda = 500
    double mean = TestImages.mean(out.data());
    double var = 0;
    for (float v : out.data()) {
      var += (v - mean) * (v - mean);
    }
    var /= n;
    double expectedVar = level / 500.0;
    assertEquals(level, mean, 5 * Math.sqrt(expectedVar / n));
    assertEquals(expectedVar, var, 0.1 * expectedVar);
  }

  @Test
  void gaussianNoiseHasTheSigmaOfItsSeverity() {
    ChwImage img = ChwImage.filled(3, 64, 64, 0.5f);
    ChwImage out = Corruptions.byId("gaussian_noise").apply(img, 5, 5L, 0); // sigma 0.10
    double var = 0;
    for (float v : out.data()) {
      var += (v - 0.5) * (v - 0.5);
    }
    assertEquals(0.10, Math.sqrt(var / out.data().length), 0.005);
  }

  @Test
  void impulseNoiseHitsTheAmountOfValuesHalfSaltHalfPepper() {
    ChwImage img = ChwImage.filled(3, 64, 64, 0.5f);
    ChwImage out = Corruptions.byId("impulse_noise").apply(img, 5, 5L, 0); // amount 0.07
    int salt = 0;
    int pepper = 0;
    for (float v : out.data()) {
      if (v == 1f) {
        salt++;
      } else if (v == 0f) {
        pepper++;
      } else {
        assertEquals(0.5f, v);
      }
    }
    int n = out.data().length;
    double sd = Math.sqrt(0.07 * 0.93 * n);
    assertEquals(0.07 * n, salt + pepper, 5 * sd);
    assertEquals(0.035 * n, salt, 5 * Math.sqrt(0.035 * n));
  }

  @Test
  void speckleNoiseLeavesBlackBlack() {
    ChwImage black = ChwImage.zeros(3, 8, 8);
    assertEquals(black, Corruptions.byId("speckle_noise").apply(black, 5, 1L, 0));
  }
}
