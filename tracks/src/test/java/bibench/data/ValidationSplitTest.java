package bibench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A validation run never sees the test split and scores a fixed, stratified part of train. */
class ValidationSplitTest {
  private static TaskData task() {
    int n = 100;
    float[] x = new float[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = i < 80 ? 0 : 1;
    }
    Split train = new Split("train", x, y, new int[] {1});
    Split test = new Split("test", new float[] {-1, -2}, new int[] {0, 1}, new int[] {1});
    return new TaskData("t", Modality.IMAGE, train, test, List.of("a", "b"), TaskMetric.ACCURACY, "src", false, 0);
  }

  @Test
  void aStratifiedShareOfTrainIsScoredAndTheTestSplitIsNotUsed() {
    TaskData v = task().validationOf(0.2);
    assertEquals("validation", v.test().name());
    assertEquals(20, v.test().size());
    assertEquals(80, v.train().size());
    assertEquals(16, Arrays.stream(v.test().labels()).filter(l -> l == 0).count(), "classes in proportion");
    Set<Float> held = new HashSet<>();
    for (float f : v.test().features()) {
      held.add(f);
      assertTrue(f >= 0, "no test sample is scored");
    }
    for (float f : v.train().features()) {
      assertTrue(!held.contains(f), "no sample is both trained on and scored");
    }
    assertEquals(Arrays.toString(v.test().features()), Arrays.toString(task().validationOf(0.2).test().features()),
        "the same hold-out every time");
    assertNotEquals(DataFingerprint.of(task()), DataFingerprint.of(v), "another split is other data");
  }

  @Test
  void theShareMustBeSensible() {
    assertThrows(IllegalArgumentException.class, () -> task().validationOf(0));
    assertThrows(IllegalArgumentException.class, () -> task().validationOf(0.7));
  }
}
