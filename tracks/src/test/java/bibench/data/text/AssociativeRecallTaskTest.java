package bibench.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.catalog.Tasks;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated associative-recall samples: their layout, their answer, and their reproducibility. */
class AssociativeRecallTaskTest {

  @Test
  void everySampleAnswersWithTheValueOfItsQueryKey() {
    Split split = AssociativeRecallTask.generate("train", 0, 200, 7);
    int length = AssociativeRecallTask.LENGTH;
    int firstValue = 3 + AssociativeRecallTask.KEYS;
    for (int i = 0; i < split.size(); i++) {
      float[] x = java.util.Arrays.copyOfRange(split.features(), i * length, (i + 1) * length);
      assertEquals(i % AssociativeRecallTask.VALUES, split.labels()[i], "round-robin labels");
      assertEquals(2, (int) x[length - 2], "separator before the query");
      Set<Integer> keys = new HashSet<>();
      Set<Integer> values = new HashSet<>();
      int answer = -1;
      for (int p = 0; p < AssociativeRecallTask.PAIRS; p++) {
        int key = (int) x[2 * p];
        int value = (int) x[2 * p + 1];
        assertTrue(key >= 3 && key < firstValue, "a key");
        assertTrue(value >= firstValue && value < AssociativeRecallTask.VOCABULARY, "a value");
        keys.add(key);
        values.add(value);
        if (key == (int) x[length - 1]) {
          answer = value - firstValue;
        }
      }
      assertEquals(AssociativeRecallTask.PAIRS, keys.size(), "distinct keys");
      assertEquals(AssociativeRecallTask.PAIRS, values.size(), "distinct values");
      assertEquals(split.labels()[i], answer, "the label is the value after the query key");
    }
  }

  @Test
  void theQueryKeySitsAtEveryPairPosition() {
    Split split = AssociativeRecallTask.generate("train", 0, 400, 1);
    int[] seen = new int[AssociativeRecallTask.PAIRS];
    int length = AssociativeRecallTask.LENGTH;
    for (int i = 0; i < split.size(); i++) {
      for (int p = 0; p < AssociativeRecallTask.PAIRS; p++) {
        if (split.features()[i * length + 2 * p] == split.features()[i * length + length - 1]) {
          seen[p]++;
        }
      }
    }
    for (int count : seen) {
      assertTrue(count > 60, "each position holds the queried pair about a quarter of the time: " + count);
    }
  }

  @Test
  void theSameSeedGivesTheSameSamplesAndSplitsDiffer() {
    TaskData a = Tasks.load(new AssociativeRecallTask(Tasks.info("associative-recall")), new DataLocation("associative-recall", DataLocation.Origin.GENERATED, null, ""),
        LoadOptions.defaults().withLimits(300, 100).withSeed(5));
    TaskData b = Tasks.load(new AssociativeRecallTask(Tasks.info("associative-recall")), new DataLocation("associative-recall", DataLocation.Origin.GENERATED, null, ""),
        LoadOptions.defaults().withLimits(300, 100).withSeed(5));
    assertArrayEquals(a.train().features(), b.train().features());
    assertEquals(300, a.train().size());
    assertEquals(100, a.test().size());
    assertEquals(AssociativeRecallTask.VOCABULARY, a.vocabularySize());
    assertEquals(AssociativeRecallTask.VALUES, a.classes());
    assertTrue(a.synthetic());
    assertNotEquals(a.train().head(100), a.test().renamed("train"));
    assertArrayEquals(new int[] {AssociativeRecallTask.LENGTH}, a.train().sampleShape());
  }
}
