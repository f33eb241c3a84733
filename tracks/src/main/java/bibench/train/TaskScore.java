package bibench.train;

import bibench.data.TaskMetric;

/**
 * A model's scores on a test split, in percent.
 *
 * @param metric the task's own metric
 * @param score the value of that metric (accuracy; Matthews correlation in [-100, 100]; mean of
 *     accuracy and F1)
 * @param accuracy top-1 accuracy
 * @param f1 F1 of class 1 (binary tasks), NaN otherwise
 * @param matthews Matthews correlation (binary tasks), NaN otherwise
 */
public record TaskScore(TaskMetric metric, double score, double accuracy, double f1, double matthews) {

  /** Scores {@code predictions} against {@code labels} with the task's metric. */
  public static TaskScore of(TaskMetric metric, int[] predictions, int[] labels) {
    if (predictions.length != labels.length || labels.length == 0) {
      throw new IllegalArgumentException(predictions.length + " predictions for " + labels.length + " labels");
    }
    long correct = 0;
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    boolean binary = true;
    for (int i = 0; i < labels.length; i++) {
      int p = predictions[i];
      int y = labels[i];
      correct += p == y ? 1 : 0;
      binary &= y <= 1 && p <= 1;
      tp += p == 1 && y == 1 ? 1 : 0;
      fp += p == 1 && y != 1 ? 1 : 0;
      fn += p != 1 && y == 1 ? 1 : 0;
      tn += p != 1 && y != 1 ? 1 : 0;
    }
    double accuracy = 100.0 * correct / labels.length;
    double f1 = binary ? (tp == 0 ? 0 : 100.0 * 2 * tp / (2.0 * tp + fp + fn)) : Double.NaN;
    double denominator = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
    double matthews = binary ? (denominator == 0 ? 0 : 100.0 * (tp * tn - fp * fn) / denominator) : Double.NaN;
    double score = switch (metric) {
      case ACCURACY -> accuracy;
      case MATTHEWS -> matthews;
      case ACCURACY_F1 -> (accuracy + f1) / 2;
    };
    return new TaskScore(metric, score, accuracy, f1, matthews);
  }

  /**
   * The trivial score s0 of a task: the test split scored as if every answer were the training
   * split's majority class (the lowest class index among ties). Accuracy gives the majority share;
   * Matthews correlation gives 0 (a constant answer correlates with nothing); MRPC's mean of
   * accuracy and F1 gives that answer's mean. A model must beat this to have learned anything.
   */
  public static TaskScore majorityClass(TaskMetric metric, int[] trainLabels, int[] testLabels) {
    java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
    for (int y : trainLabels) {
      counts.merge(y, 1, Integer::sum);
    }
    int majority = 0;
    int best = -1;
    for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        majority = e.getKey();
      }
    }
    int[] answers = new int[testLabels.length];
    java.util.Arrays.fill(answers, majority);
    return of(metric, answers, testLabels);
  }

  /** A diverged run: every value NaN. */
  public static TaskScore diverged(TaskMetric metric) {
    return new TaskScore(metric, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }
}
