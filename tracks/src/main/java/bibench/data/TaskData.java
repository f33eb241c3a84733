package bibench.data;

import java.util.List;
import java.util.Objects;

/**
 * A classification task ready to train on: a training split, a test split and how to score it.
 *
 * @param id the task id used in result rows and suites, such as {@code optdigits}
 * @param modality image, speech, text or point cloud
 * @param train the split to train on
 * @param test the split to score on (for GLUE tasks, the dev set; for MRPC a held-out part of
 *     train, since its dev ids are not published with the corpus)
 * @param classNames one name per class, index = label
 * @param metric how the test split is scored
 * @param source where the data came from and under which license, one line
 * @param synthetic true when the samples are generated rather than recorded (named as such in
 *     every table)
 * @param vocabularySize for text tasks the number of token ids (including padding and unknown),
 *     else 0
 */
public record TaskData(
    String id,
    Modality modality,
    Split train,
    Split test,
    List<String> classNames,
    TaskMetric metric,
    String source,
    boolean synthetic,
    int vocabularySize) {

  public TaskData {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    classNames = List.copyOf(classNames);
    Objects.requireNonNull(metric, "metric");
    if (!java.util.Arrays.equals(train.sampleShape(), test.sampleShape())) {
      throw new IllegalArgumentException("task " + id + ": train and test samples differ in shape");
    }
  }

  /** Number of classes. */
  public int classes() {
    return classNames.size();
  }

  /** The seed of the stratified validation hold-out: the same samples in every run. */
  public static final long VALIDATION_SEED = 2024;

  /**
   * The task scored on a validation split instead of its test split: a stratified {@code fraction}
   * of the training split (every class in proportion, chosen by {@link #VALIDATION_SEED}) is held
   * out and scored; the rest trains; the test split is not used at all. For choosing recipes
   * (epochs, learning rates) without ever looking at test scores.
   *
   * @param fraction the share of the training split held out, in (0, 0.5]
   */
  public TaskData validationOf(double fraction) {
    if (!(fraction > 0 && fraction <= 0.5)) {
      throw new IllegalArgumentException("validation fraction must lie in (0, 0.5], got " + fraction);
    }
    BalancedOrder.Holdout holdout = BalancedOrder.holdout(train.labels(), classes(), fraction, VALIDATION_SEED);
    return new TaskData(id, modality, train.select(holdout.train()), train.select(holdout.test()).renamed("validation"),
        classNames, metric, source + "; scored on a held-out " + Math.round(fraction * 100) + "% of its training split",
        synthetic, vocabularySize);
  }

  /** The same task with train and test cut to at most the given sizes (for fast suites). */
  public TaskData limited(int maxTrain, int maxTest) {
    return new TaskData(
        id, modality, train.head(maxTrain), test.head(maxTest), classNames, metric, source, synthetic,
        vocabularySize);
  }
}
