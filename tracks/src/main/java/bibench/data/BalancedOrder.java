package bibench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic, class-balanced orders and hold-out splits.
 *
 * <p>{@link #of} puts samples in round-robin class order: each class's samples are shuffled with a
 * generator seeded by (seed, class), then the classes take turns (class 0, 1, ..., 0, 1, ...)
 * until every class is used up. Any prefix of that order is therefore as balanced as the class
 * sizes allow, so cutting it to {@code max} gives a balanced subset, and {@link Split#head} of a
 * loaded split stays balanced too. Every loader returns its splits in this order.
 *
 * <p>{@link #holdout} makes a stratified split for sets that have no official one: in each class,
 * {@code round(n_c * fraction)} samples (after a seeded shuffle) go to the test side.
 */
public final class BalancedOrder {

  private BalancedOrder() {}

  /**
   * Indices into {@code labels} in round-robin class order, at most {@code max} of them.
   *
   * @param labels one class index per sample, in [0, classes)
   */
  public static int[] of(int[] labels, int classes, long seed, int max) {
    List<int[]> perClass = byClass(labels, classes, seed);
    int total = Math.min(max, labels.length);
    int[] out = new int[total];
    int n = 0;
    for (int round = 0; n < total; round++) {
      for (int c = 0; c < classes && n < total; c++) {
        int[] members = perClass.get(c);
        if (round < members.length) {
          out[n++] = members[round];
        }
      }
    }
    return out;
  }

  /**
   * A stratified hold-out split; both sides list indices in increasing order.
   *
   * @param train indices that stay for training
   * @param test indices held out for testing
   */
  public record Holdout(int[] train, int[] test) {}

  /** Holds out {@code round(n_c * fraction)} samples of every class c, chosen by the seed. */
  public static Holdout holdout(int[] labels, int classes, double fraction, long seed) {
    List<int[]> perClass = byClass(labels, classes, seed);
    int[] train = new int[labels.length];
    int[] test = new int[labels.length];
    int nTrain = 0;
    int nTest = 0;
    for (int[] members : perClass) {
      int held = (int) Math.round(members.length * fraction);
      for (int i = 0; i < members.length; i++) {
        if (i < held) {
          test[nTest++] = members[i];
        } else {
          train[nTrain++] = members[i];
        }
      }
    }
    int[] tr = Arrays.copyOf(train, nTrain);
    int[] te = Arrays.copyOf(test, nTest);
    Arrays.sort(tr);
    Arrays.sort(te);
    return new Holdout(tr, te);
  }

  private static List<int[]> byClass(int[] labels, int classes, long seed) {
    int[] counts = new int[classes];
    for (int y : labels) {
      if (y < 0 || y >= classes) {
        throw new IllegalArgumentException("label " + y + " outside [0, " + classes + ")");
      }
      counts[y]++;
    }
    List<int[]> perClass = new ArrayList<>(classes);
    for (int c = 0; c < classes; c++) {
      perClass.add(new int[counts[c]]);
    }
    int[] fill = new int[classes];
    for (int i = 0; i < labels.length; i++) {
      perClass.get(labels[i])[fill[labels[i]]++] = i;
    }
    for (int c = 0; c < classes; c++) {
      shuffle(perClass.get(c), new SplittableRandom(mix(seed, c)));
    }
    return perClass;
  }

  private static void shuffle(int[] a, SplittableRandom rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Mixes a seed with a stream number (for per-class generators). */
  public static long mix(long seed, long stream) {
    long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
