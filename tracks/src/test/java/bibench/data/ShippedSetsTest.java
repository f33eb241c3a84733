package bibench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.data.catalog.Tasks;
import bibench.data.io.ClasspathFolder;
import bibench.data.io.KnownFiles;
import bibench.data.io.TarArchive;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The sets the project ships load on a machine with no data directory. */
class ShippedSetsTest {

  private static final DataSources SHIPPED = DataSources.shippedOnly();

  private static int[] counts(Split s, int classes) {
    int[] c = new int[classes];
    for (int y : s.labels()) {
      c[y]++;
    }
    return c;
  }

  @Test
  void optdigitsIsCompleteWithItsFixedSplit() {
    TaskData d = Tasks.load("optdigits", SHIPPED, LoadOptions.defaults());
    // 1,797 samples; 20% of each class held out: per-class counts 178 182 177 183 181 182 181
    // 179 174 180 (scikit-learn's description) round to 36 36 35 37 36 36 36 36 35 36.
    assertArrayEquals(new int[] {36, 36, 35, 37, 36, 36, 36, 36, 35, 36}, counts(d.test(), 10));
    assertEquals(1797 - 359, d.train().size());
    assertArrayEquals(new int[] {1, 8, 8}, d.train().sampleShape());
    assertTrue(d.source().contains("shipped with BiBench-J"), d.source());
  }

  @Test
  void fashionMnistSubsetIsClassBalanced() {
    TaskData d = Tasks.load("fashion-mnist", SHIPPED, LoadOptions.defaults());
    assertArrayEquals(new int[] {400, 400, 400, 400, 400, 400, 400, 400, 400, 400},
        counts(d.train(), 10));
    assertArrayEquals(new int[] {100, 100, 100, 100, 100, 100, 100, 100, 100, 100},
        counts(d.test(), 10));
    float max = 0;
    for (float v : d.train().features()) {
      max = Math.max(max, v);
    }
    assertEquals(1f, max);
    assertEquals("Ankle boot", d.classNames().get(9));
  }

  @Test
  void fsddSubsetCoversEveryDigitAndSpeaker() {
    TarArchive tar = TarArchive.open(
        new ClasspathFolder("fsdd-subset", "", KnownFiles.bundled()), "recordings.tar.gz");
    Set<String> speakers = new TreeSet<>();
    for (TarArchive.Entry e : tar.entries()) {
      speakers.add(e.name().split("_")[1]);
    }
    assertEquals(Set.of("george", "jackson", "lucas", "nicolas", "theo", "yweweler"), speakers);
    TaskData d = Tasks.load("fsdd", SHIPPED, LoadOptions.defaults());
    assertArrayEquals(new int[] {30, 30, 30, 30, 30, 30, 30, 30, 30, 30}, counts(d.train(), 10));
    assertArrayEquals(new int[] {18, 18, 18, 18, 18, 18, 18, 18, 18, 18}, counts(d.test(), 10));
    assertArrayEquals(new int[] {32, 32}, d.train().sampleShape());
  }

  @Test
  void sentimentSentencesAreCompleteWithTheirFixedSplit() {
    TaskData d = Tasks.load("sentiment", SHIPPED, LoadOptions.defaults());
    assertArrayEquals(new int[] {1200, 1200}, counts(d.train(), 2));
    assertArrayEquals(new int[] {300, 300}, counts(d.test(), 2));
    assertTrue(d.vocabularySize() > 1000 && d.vocabularySize() <= 5000);
  }

  @Test
  void limitsCutTheShippedSetsEvenly() {
    TaskData d = Tasks.load("fashion-mnist", SHIPPED, LoadOptions.defaults().withLimits(50, 20));
    assertArrayEquals(new int[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, counts(d.train(), 10));
    assertArrayEquals(new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, counts(d.test(), 10));
  }
}
