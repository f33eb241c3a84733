package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Split;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorruptionsTest {

  private static Split colourSplit(int n) {
    int per = 3 * 16 * 16;
    float[] x = new float[n * per];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      ChwImage img = TestImages.textured(3, 16, 16);
      for (int k = 0; k < per; k++) {
        x[i * per + k] = Math.min(1f, img.data()[k] * (0.6f + 0.05f * (i % 8)));
      }
      y[i] = i % 10;
    }
    return new Split("test", x, y, new int[] {3, 16, 16});
  }

  @Test
  void unknownIdIsBadInputListingTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> Corruptions.byId("fogg"));
    assertTrue(e.getMessage().contains("fogg"));
    for (String id : Corruptions.ids()) {
      assertTrue(e.fix().contains(id), "fix should list " + id);
    }
  }

  @Test
  void idsAreUniqueAndFoundAgain() {
    List<String> ids = Corruptions.ids();
    assertEquals(ids.size(), ids.stream().distinct().count());
    for (String id : ids) {
      assertEquals(id, Corruptions.byId(id).id());
    }
    assertEquals("elastic_transform", Corruptions.byId("elastic").id());
    assertEquals(Corruptions.all().size(), Corruptions.required().size() + Corruptions.optional().size());
    assertTrue(Corruptions.optional().stream().noneMatch(Corruption::required));
    assertEquals(List.of("contrast", "pixelate"),
        Corruptions.byIds(List.of("contrast", "pixelate")).stream().map(Corruption::id).toList());
  }

  @Test
  void corruptingASplitKeepsLabelsAndShapeAndEqualsImageByImageApplication() {
    Split clean = colourSplit(40);
    Corruption noise = Corruptions.byId("gaussian_noise");
    Split corrupted = Corruptions.corrupt(clean, noise, 3, 99L);
    assertArrayEquals(clean.labels(), corrupted.labels());
    assertArrayEquals(clean.sampleShape(), corrupted.sampleShape());
    assertEquals("test:gaussian_noise@3", corrupted.name());
    for (int i = 0; i < clean.size(); i++) {
      ChwImage expected = noise.apply(Corruptions.image(clean, i), 3, 99L, i);
      assertEquals(expected, Corruptions.image(corrupted, i), "image " + i);
    }
  }

  @Test
  void noiseOfAnImageDoesNotDependOnWhichImagesCameBefore() {
    Split clean = colourSplit(20);
    Corruption shot = Corruptions.byId("shot_noise");
    Split all = Corruptions.corrupt(clean, shot, 5, 7L);
    Split again = Corruptions.corrupt(clean, shot, 5, 7L);
    assertEquals(all.renamed("x"), again.renamed("x"));
    // corrupting images 10..19 alone gives other indices, hence other noise; but the same image
    // at the same index gets the same noise whatever else is in the split
    ChwImage tenth = shot.apply(Corruptions.image(clean, 10), 5, 7L, 10);
    assertEquals(tenth, Corruptions.image(all, 10));
    assertNotEquals(Corruptions.image(all, 10), Corruptions.image(all, 11));
  }

  @Test
  void graySplitsShapedHwOrOneHwWork() {
    float[] x = new float[2 * 8 * 8];
    for (int i = 0; i < x.length; i++) {
      x[i] = (i % 9) / 9f;
    }
    Split hw = new Split("digits", x, new int[] {0, 1}, new int[] {8, 8});
    Split chw = new Split("digits", x, new int[] {0, 1}, new int[] {1, 8, 8});
    Corruption c = Corruptions.byId("brightness");
    Split a = Corruptions.corrupt(hw, c, 1, 0L);
    Split b = Corruptions.corrupt(chw, c, 1, 0L);
    assertArrayEquals(a.features(), b.features(), 0f);
    assertEquals(Math.min(1f, x[5] + 0.05f), a.features()[5], 1e-6);
  }

  @Test
  void nonImageSplitsAndBadSeveritiesAreBadInput() {
    Split tokens = new Split("sst2", new float[6], new int[] {0, 1}, new int[] {3});
    BadInputException e = assertThrows(BadInputException.class,
        () -> Corruptions.corrupt(tokens, Corruptions.byId("contrast"), 1, 0L));
    assertTrue(e.getMessage().contains("sst2"));
    assertThrows(BadInputException.class,
        () -> Corruptions.corrupt(colourSplit(1), Corruptions.byId("contrast"), 6, 0L));
    assertThrows(BadInputException.class, () -> Corruptions.image(colourSplit(2), 2));
  }
}
