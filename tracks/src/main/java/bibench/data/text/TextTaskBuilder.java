package bibench.data.text;

import bibench.BadInputException;
import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.io.MemoryBudget;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns labelled sentences (or sentence pairs) into a text task: class-balanced subsets ({@link
 * BalancedOrder}), tokens ({@link Tokenizer}), a vocabulary built from the training subset only
 * ({@link Vocabulary}, capped by {@link LoadOptions#vocabularyCap()}), and fixed-length id rows
 * ({@link TextEncoder}, {@link LoadOptions#maxTokens()} for single sentences, {@link
 * LoadOptions#maxPairTokens()} for pairs).
 */
public final class TextTaskBuilder {

  private TextTaskBuilder() {}

  /**
   * A labelled sentence or pair.
   *
   * @param first the sentence (or the first of a pair)
   * @param second the second sentence of a pair, or {@code null}
   * @param label the class index
   */
  public record Example(String first, String second, int label) {}

  /** Builds the task; {@code pairs} chooses pair encoding. */
  public static TaskData build(TaskInfo info, DataLocation where, List<Example> train,
      List<Example> test, List<String> classes, LoadOptions options, boolean pairs) {
    List<Example> tr = subset(train, classes.size(), options.seed(), options.maxTrain(), "train",
        info, where);
    List<Example> te = subset(test, classes.size(), options.seed(), options.maxTest(), "test",
        info, where);
    List<List<String>> trainTokens = new ArrayList<>();
    for (Example e : tr) {
      trainTokens.add(Tokenizer.tokens(e.first()));
      if (pairs) {
        trainTokens.add(Tokenizer.tokens(e.second()));
      }
    }
    Vocabulary vocab = Vocabulary.build(trainTokens, options.vocabularyCap());
    int length = pairs ? options.maxPairTokens() : options.maxTokens();
    Split trainSplit = encode(tr, vocab, length, pairs, "train");
    Split testSplit = encode(te, vocab, length, pairs, "test");
    return new TaskData(info.id(), info.modality(), trainSplit, testSplit, classes, info.metric(),
        info.sourceLine(where), false, vocab.size());
  }

  private static List<Example> subset(List<Example> all, int classes, long seed, int max,
      String split, TaskInfo info, DataLocation where) {
    if (all.isEmpty()) {
      throw new BadInputException(
          "data set " + info.id() + ": the " + split + " split is empty (" + where.describe() + ")",
          "check that the set's files hold labelled sentences");
    }
    int[] labels = all.stream().mapToInt(Example::label).toArray();
    List<Example> out = new ArrayList<>();
    for (int i : BalancedOrder.of(labels, classes, seed, max)) {
      out.add(all.get(i));
    }
    return out;
  }

  private static Split encode(List<Example> examples, Vocabulary vocab, int length, boolean pairs,
      String name) {
    float[] x = MemoryBudget.floats((long) examples.size() * length, String.format(
        java.util.Locale.ROOT, "the %s split (%,d sentences of %,d tokens)", name, examples.size(),
        length), "lower max_train / max_test (or points) of the task in the suite");
    int[] y = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (pairs) {
        TextEncoder.pair(Tokenizer.tokens(e.first()), Tokenizer.tokens(e.second()), vocab, length,
            x, i * length);
      } else {
        TextEncoder.single(Tokenizer.tokens(e.first()), vocab, length, x, i * length);
      }
      y[i] = e.label();
    }
    return new Split(name, x, y, new int[] {length});
  }
}
