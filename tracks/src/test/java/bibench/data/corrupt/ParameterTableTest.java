package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bibench.BadInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parameters per severity are exactly those of TRACKS.md section 3 (CIFAR-10-C's). */
class ParameterTableTest {

  private static final Map<String, double[][]> TRACKS_TABLE = Map.of(
      "gaussian_noise", new double[][] {{.04}, {.06}, {.08}, {.09}, {.10}},
      "shot_noise", new double[][] {{500}, {250}, {100}, {75}, {50}},
      "impulse_noise", new double[][] {{.01}, {.02}, {.03}, {.05}, {.07}},
      "speckle_noise", new double[][] {{.06}, {.10}, {.12}, {.16}, {.20}},
      "gaussian_blur", new double[][] {{.4}, {.6}, {.7}, {.8}, {1}},
      "contrast", new double[][] {{.75}, {.5}, {.4}, {.3}, {.15}},
      "brightness", new double[][] {{.05}, {.1}, {.15}, {.2}, {.3}},
      "saturate", new double[][] {{.3, 0}, {.1, 0}, {1.5, 0}, {2, .1}, {2.5, .2}},
      "jpeg_compression", new double[][] {{80}, {65}, {58}, {50}, {40}},
      "pixelate", new double[][] {{.95}, {.9}, {.85}, {.75}, {.65}});

  @Test
  void requiredCorruptionsAreTheTenOfTracksMd() {
    assertEquals(
        List.of("gaussian_noise", "shot_noise", "impulse_noise", "speckle_noise", "gaussian_blur",
            "contrast", "brightness", "saturate", "jpeg_compression", "pixelate"),
        Corruptions.required().stream().map(Corruption::id).toList());
  }

  @Test
  void everyRequiredCorruptionHasTheTracksMdParameters() {
    for (Map.Entry<String, double[][]> e : TRACKS_TABLE.entrySet()) {
      Corruption c = Corruptions.byId(e.getKey());
      for (int s = 1; s <= 5; s++) {
        assertArrayEquals(e.getValue()[s - 1], c.parameters(s), 0.0, e.getKey() + " severity " + s);
      }
    }
  }

  @Test
  void optionalCorruptionsHaveTheCifar10cParameters() {
    // make_cifar_c.py of Hendrycks and Dietterich; zoom blur as (first, last, step) of its ranges
    Map<String, double[][]> cifar = Map.of(
        "defocus_blur", new double[][] {{0.3, 0.4}, {0.4, 0.5}, {0.5, 0.6}, {1, 0.2}, {1.5, 0.1}},
        "glass_blur", new double[][] {{0.05, 1, 1}, {0.25, 1, 1}, {0.4, 1, 1}, {0.25, 1, 2}, {0.4, 1, 2}},
        "motion_blur", new double[][] {{6, 1}, {6, 1.5}, {6, 2}, {8, 2}, {9, 2.5}},
        "zoom_blur", new double[][] {
            {1, 1.06, 0.01}, {1, 1.11, 0.01}, {1, 1.15, 0.01}, {1, 1.20, 0.01}, {1, 1.25, 0.01}},
        "snow", new double[][] {
            {0.1, 0.2, 1, 0.6, 8, 3, 0.95}, {0.1, 0.2, 1, 0.5, 10, 4, 0.9},
            {0.15, 0.3, 1.75, 0.55, 10, 4, 0.9}, {0.25, 0.3, 2.25, 0.6, 12, 6, 0.85},
            {0.3, 0.3, 1.25, 0.65, 14, 12, 0.8}},
        "fog", new double[][] {{.2, 3}, {.5, 3}, {.75, 2.5}, {1, 2}, {1.5, 1.75}},
        "elastic_transform", new double[][] {
            {0, 0, 0.08}, {0.05, 0.2, 0.07}, {0.08, 0.06, 0.06}, {0.1, 0.04, 0.05}, {0.1, 0.03, 0.03}},
        "spatter", new double[][] {
            {0.62, 0.1, 0.7, 0.7, 0.5, 0}, {0.65, 0.1, 0.8, 0.7, 0.5, 0}, {0.65, 0.3, 1, 0.69, 0.5, 0},
            {0.65, 0.1, 0.7, 0.69, 0.6, 1}, {0.65, 0.1, 0.5, 0.68, 0.6, 1}});
    for (Map.Entry<String, double[][]> e : cifar.entrySet()) {
      Corruption c = Corruptions.byId(e.getKey());
      for (int s = 1; s <= 5; s++) {
        assertArrayEquals(e.getValue()[s - 1], c.parameters(s), 0.0, e.getKey() + " severity " + s);
      }
    }
    assertEquals(18, Corruptions.all().size());
  }

  @Test
  void describeNamesTheParameters() {
    assertEquals("sigma=0.04", Corruptions.byId("gaussian_noise").describe(1));
    assertEquals("mult=2.5, add=0.2", Corruptions.byId("saturate").describe(5));
    assertEquals("quality=40", Corruptions.byId("jpeg_compression").describe(5));
  }

  @Test
  void severityOutsideOneToFiveIsBadInput() {
    Corruption c = Corruptions.byId("contrast");
    ChwImage img = TestImages.textured(3, 4, 4);
    BadInputException e = assertThrows(BadInputException.class, () -> c.apply(img, 0, 1L, 0));
    assertEquals("use a severity from 1 to 5", e.fix());
    assertThrows(BadInputException.class, () -> c.parameters(6));
  }

  @Test
  void parametersAreACopy() {
    Corruption c = Corruptions.byId("pixelate");
    c.parameters(1)[0] = 99;
    assertArrayEquals(new double[] {0.95}, c.parameters(1));
  }
}
