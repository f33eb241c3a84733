package bibench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BalancedOrderTest {

  @Test
  void classesTakeTurnsUntilTheyRunOut() {
    int[] labels = {0, 0, 0, 1, 1, 2};
    int[] order = BalancedOrder.of(labels, 3, 7, Integer.MAX_VALUE);
    int[] classSequence = Arrays.stream(order).map(i -> labels[i]).toArray();
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 0}, classSequence);
    assertEquals(Set.of(0, 1, 2, 3, 4, 5), toSet(order));
  }

  @Test
  void aLimitGivesABalancedSubset() {
    int[] labels = new int[1000];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i < 700 ? 0 : (i < 900 ? 1 : 2);
    }
    int[] order = BalancedOrder.of(labels, 3, 1, 90);
    int[] counts = new int[3];
    for (int i : order) {
      counts[labels[i]]++;
    }
    assertArrayEquals(new int[] {30, 30, 30}, counts);
    assertEquals(90, toSet(order).size());
  }

  @Test
  void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
    int[] labels = new int[200];
    Arrays.setAll(labels, i -> i % 4);
    assertArrayEquals(BalancedOrder.of(labels, 4, 5, 40), BalancedOrder.of(labels, 4, 5, 40));
    assertFalse(Arrays.equals(BalancedOrder.of(labels, 4, 5, 40), BalancedOrder.of(labels, 4, 6, 40)));
  }

  @Test
  void holdoutTakesTheRoundedFractionOfEveryClass() {
    int[] labels = new int[27];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i < 12 ? 0 : 1; // 12 of class 0, 15 of class 1
    }
    BalancedOrder.Holdout h = BalancedOrder.holdout(labels, 2, 0.2, 3);
    int[] testCounts = new int[2];
    for (int i : h.test()) {
      testCounts[labels[i]]++;
    }
    // round(12 * 0.2) = round(2.4) = 2; round(15 * 0.2) = 3
    assertArrayEquals(new int[] {2, 3}, testCounts);
    Set<Integer> all = toSet(h.train());
    all.addAll(toSet(h.test()));
    assertEquals(27, all.size());
    assertEquals(22, h.train().length);
    int[] sorted = h.train().clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, h.train());
  }

  private static Set<Integer> toSet(int[] a) {
    Set<Integer> s = new HashSet<>();
    for (int v : a) {
      s.add(v);
    }
    return s;
  }
}
