package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every corruption must do, on colour and gray images of several sizes. */
class CorruptionPropertiesTest {

  static Stream<Arguments> corruptionsAndShapes() {
    int[][] shapes = {{3, 32, 32}, {1, 28, 28}, {1, 8, 8}, {3, 20, 27}};
    return Corruptions.all().stream()
        .flatMap(c -> Stream.of(shapes).map(s -> Arguments.of(c.id(), s[0], s[1], s[2])));
  }

  static Stream<String> ids() {
    return Corruptions.ids().stream();
  }

  @ParameterizedTest(name = "{0} on {1}x{2}x{3}")
  @MethodSource("corruptionsAndShapes")
  void outputHasTheShapeStaysInRangeAndLeavesTheInputAlone(String id, int c, int h, int w) {
    Corruption corruption = Corruptions.byId(id);
    ChwImage clean = TestImages.textured(c, h, w);
    float[] before = clean.data().clone();
    for (int s = 1; s <= 5; s++) {
      ChwImage out = corruption.apply(clean, s, 123L, 4);
      assertEquals(c, out.channels());
      assertEquals(h, out.height());
      assertEquals(w, out.width());
      for (float v : out.data()) {
        assertTrue(v >= 0f && v <= 1f, id + " severity " + s + " gave " + v);
      }
      assertArrayEquals(before, clean.data(), 0f, id + " changed its input");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void sameSeedSameIndexGivesTheSameImage(String id) {
    Corruption c = Corruptions.byId(id);
    ChwImage clean = TestImages.textured(3, 32, 32);
    for (int s = 1; s <= 5; s++) {
      assertEquals(c.apply(clean, s, 9L, 17), c.apply(clean, s, 9L, 17), id + " severity " + s);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void seedChangesTheResultExactlyForRandomCorruptions(String id) {
    Corruption c = Corruptions.byId(id);
    ChwImage clean = TestImages.textured(3, 32, 32);
    int severity = 5;
    ChwImage a = c.apply(clean, severity, 1L, 0);
    ChwImage b = c.apply(clean, severity, 2L, 0);
    ChwImage otherIndex = c.apply(clean, severity, 1L, 1);
    if (c.random()) {
      assertNotEquals(a, b, id + ": another seed should give other noise");
      assertNotEquals(a, otherIndex, id + ": another image index should give other noise");
    } else {
      assertEquals(a, b, id + " is deterministic and must ignore the seed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void everyCorruptionChangesATexturedImageAtSeverityFive(String id) {
    ChwImage clean = TestImages.textured(3, 32, 32);
    ChwImage out = Corruptions.byId(id).apply(clean, 5, 1L, 0);
    assertTrue(out.meanAbsoluteDifference(clean) > 1e-3, id + " left the image almost unchanged");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void grayImagesWork(String id) {
    ChwImage clean = TestImages.textured(1, 28, 28);
    ChwImage out = Corruptions.byId(id).apply(clean, 3, 1L, 0);
    assertEquals(1, out.channels());
    if (!id.equals("saturate")) {
      assertFalse(out.equals(clean), id + " did nothing to a gray image");
    }
  }
}
