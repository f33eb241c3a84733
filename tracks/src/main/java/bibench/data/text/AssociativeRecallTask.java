package bibench.data.text;

import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.DescribedTask;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SYNTHETIC associative recall, generated in Java: a sequence of {@value #PAIRS} key-value pairs,
 * a separator and a query key; the answer is the value paired with the query key. A model must
 * match the query against the keys and read the token after the match, which needs attention (or
 * another way to relate positions): a bag of words knows which keys and values occur but not which
 * value follows which key, so it can do no better than guessing among the {@value #PAIRS} values
 * present (1 / {@value #PAIRS}), against 1 / {@value #VALUES} for the majority class.
 *
 * <ul>
 *   <li>Tokens: 0 padding, 1 unknown, 2 separator (the text tasks' reserved ids, unused but for the
 *       separator), keys {@code 3 .. 3 + }{@value #KEYS}{@code  - 1}, values after them; vocabulary
 *       {@value #VOCABULARY}. A sample is k1 v1 k2 v2 ... k{@value #PAIRS} v{@value #PAIRS} SEP q,
 *       {@value #LENGTH} tokens, keys distinct, values distinct.
 *   <li>Label: the index of the query key's value, 0 .. {@value #VALUES} - 1; sample i of a split
 *       has label i mod {@value #VALUES} (round-robin class order), its key among the pairs at a
 *       random place.
 *   <li>Sample i of a split comes from its own generator seeded by (data seed, split, i), so it is
 *       the same on every run with the same seed, whatever the limits. Default sizes {@value
 *       #TRAIN} train and {@value #TEST} test, cut by the suite's max_train and max_test.
 * </ul>
 */
public final class AssociativeRecallTask extends DescribedTask {
  /** Key-value pairs per sample. */
  public static final int PAIRS = 4;
  /** Distinct keys. */
  public static final int KEYS = 16;
  /** Distinct values, the classes. */
  public static final int VALUES = 8;
  /** Tokens per sample: the pairs, the separator and the query. */
  public static final int LENGTH = 2 * PAIRS + 2;
  /** Token ids, the three reserved ones included. */
  public static final int VOCABULARY = 3 + KEYS + VALUES;
  /** Training samples when the suite sets no limit. */
  public static final int TRAIN = 20_000;
  /** Test samples when the suite sets no limit. */
  public static final int TEST = 2_000;

  private static final int SEPARATOR = 2;
  private static final int FIRST_KEY = 3;
  private static final int FIRST_VALUE = FIRST_KEY + KEYS;

  /** @param info the task */
  public AssociativeRecallTask(TaskInfo info) {
    super(info);
  }

  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    Split train = generate("train", 0, Math.min(options.maxTrain(), TRAIN), options.seed());
    Split test = generate("test", 1, Math.min(options.maxTest(), TEST), options.seed());
    List<String> names = new ArrayList<>();
    for (int v = 0; v < VALUES; v++) {
      names.add("value" + v);
    }
    return new TaskData(info().id(), info().modality(), train, test, names, info().metric(), info().sourceLine(where),
        true, VOCABULARY);
  }

  /** {@code count} samples in round-robin class order. */
  public static Split generate(String name, int stream, int count, long seed) {
    float[] x = new float[count * LENGTH];
    int[] y = new int[count];
    for (int i = 0; i < count; i++) {
      y[i] = i % VALUES;
      int[] tokens = sample(y[i], new SplittableRandom(BalancedOrder.mix(BalancedOrder.mix(seed, stream + 11), i)));
      for (int t = 0; t < LENGTH; t++) {
        x[i * LENGTH + t] = tokens[t];
      }
    }
    return new Split(name, x, y, new int[] {LENGTH});
  }

  /** One sample whose query key's value is {@code label}. */
  static int[] sample(int label, SplittableRandom r) {
    int[] keys = distinct(KEYS, PAIRS, -1, r);
    int[] values = distinct(VALUES, PAIRS, label, r);
    int queried = r.nextInt(PAIRS);
    int labelAt = indexOf(values, label);
    values[labelAt] = values[queried];
    values[queried] = label;
    int[] tokens = new int[LENGTH];
    for (int p = 0; p < PAIRS; p++) {
      tokens[2 * p] = FIRST_KEY + keys[p];
      tokens[2 * p + 1] = FIRST_VALUE + values[p];
    }
    tokens[2 * PAIRS] = SEPARATOR;
    tokens[2 * PAIRS + 1] = FIRST_KEY + keys[queried];
    return tokens;
  }

  /** {@code k} distinct numbers of [0, n), in random order, including {@code must} when it is >= 0. */
  private static int[] distinct(int n, int k, int must, SplittableRandom r) {
    int[] pool = new int[n];
    for (int i = 0; i < n; i++) {
      pool[i] = i;
    }
    int start = 0;
    if (must >= 0) {
      pool[must] = pool[0];
      pool[0] = must;
      start = 1;
    }
    for (int i = start; i < k; i++) {
      int j = i + r.nextInt(n - i);
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    int[] chosen = java.util.Arrays.copyOf(pool, k);
    for (int i = k - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = chosen[i];
      chosen[i] = chosen[j];
      chosen[j] = t;
    }
    return chosen;
  }

  private static int indexOf(int[] values, int v) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == v) {
        return i;
      }
    }
    throw new IllegalStateException("value " + v + " missing");
  }
}
