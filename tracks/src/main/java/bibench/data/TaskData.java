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

  /** The same task with train and test cut to at most the given sizes (for fast suites). */
  public TaskData limited(int maxTrain, int maxTest) {
    return new TaskData(
        id, modality, train.head(maxTrain), test.head(maxTest), classNames, metric, source, synthetic,
        vocabularySize);
  }
}
