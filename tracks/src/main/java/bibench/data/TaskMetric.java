package bibench.data;

/**
 * How a task is scored, as GLUE and BiBench score it. Values are in [0, 100] except Matthews
 * correlation, which lies in [-100, 100].
 */
public enum TaskMetric {
  /** Top-1 accuracy. */
  ACCURACY,
  /** Matthews correlation coefficient (CoLA). */
  MATTHEWS,
  /** Mean of accuracy and F1 of the positive class (MRPC), as GLUE scores it. */
  ACCURACY_F1
}
