package bibench.harness.tables;

import bibench.harness.stats.Summary;
import java.util.Locale;

/**
 * Whether FP32 learned a task at all, the condition for comparing anything against it. The task's
 * trivial score s0 is what always answering the training split's majority class scores on the
 * test split; FP32 counts as trained when its lower 95% bound over seeds exceeds s0 + max(10
 * points, 4 SE), SE = 100 sqrt(p (1 - p) / n_test) the binomial standard error of FP32's mean test
 * accuracy p. With one seed the single value stands in for the bound; without s0 rows (runs older
 * than them) the rule cannot be checked and the column counts, marked "unchecked".
 *
 * @param status the verdict
 * @param s0 the trivial score (NaN when unknown)
 * @param testSamples the test split's size (0 when unknown)
 * @param fp32 FP32's score over seeds
 * @param se the binomial standard error in points (NaN when the test size is unknown)
 * @param margin max(10, 4 SE)
 * @param bound FP32's lower 95% bound, or its single value
 */
public record Validity(Status status, double s0, int testSamples, Summary fp32, double se, double margin, double bound) {

  /** Smallest margin over s0, in points. */
  public static final double MIN_MARGIN = 10;

  /** Margin over s0 in binomial standard errors. */
  public static final double SE_MARGIN = 4;

  /** The verdicts. */
  public enum Status {
    /** FP32 passes the rule: the column counts. */
    TRAINED,
    /** FP32 fails the rule: the column is left out. */
    NOT_TRAINED,
    /** No s0 rows: the rule cannot be checked and the column counts. */
    UNCHECKED,
    /** FP32 has no finite score. */
    NO_FP32
  }

  /**
   * Judges a column.
   *
   * @param fp32 FP32's scores over seeds
   * @param fp32Accuracy FP32's mean test accuracy in % (its score where the metric is accuracy)
   * @param s0 the trivial score, NaN when unknown
   * @param testSamples the test split's size, 0 when unknown
   */
  public static Validity judge(Summary fp32, double fp32Accuracy, double s0, int testSamples) {
    double p = Math.max(0, Math.min(1, fp32Accuracy / 100));
    double se = testSamples > 0 && !Double.isNaN(p) ? 100 * Math.sqrt(p * (1 - p) / testSamples) : Double.NaN;
    double margin = Double.isNaN(se) ? MIN_MARGIN : Math.max(MIN_MARGIN, SE_MARGIN * se);
    double bound = fp32.n() >= 2 ? fp32.lower95() : fp32.mean();
    Status status;
    if (fp32.n() == 0) {
      status = Status.NO_FP32;
    } else if (Double.isNaN(s0)) {
      status = Status.UNCHECKED;
    } else {
      status = bound > s0 + margin ? Status.TRAINED : Status.NOT_TRAINED;
    }
    return new Validity(status, s0, testSamples, fp32, se, margin, bound);
  }

  /** True when the column enters the overall metrics. */
  public boolean counts() {
    return status == Status.TRAINED || status == Status.UNCHECKED;
  }

  /** What the column's cells say instead of a value when it does not count. */
  public String excludedLabel() {
    return status == Status.NO_FP32 ? "no FP32 score" : "FP32 not trained";
  }

  /** "> 20.03 (s0 + 10)" or "> 31.2 (s0 + 4 SE, SE 2.81)"; "-" when s0 is unknown. */
  public String threshold() {
    if (Double.isNaN(s0)) {
      return "-";
    }
    String how = margin > MIN_MARGIN ? String.format(Locale.ROOT, "s0 + 4 SE, SE %.2f", se)
        : Double.isNaN(se) ? "s0 + 10; n_test unknown" : "s0 + 10";
    return "> " + Format.fixed(s0 + margin, 2) + " (" + how + ")";
  }

  /** "yes", "no: FP32 not trained", "unchecked: no s0", "no: no FP32 score". */
  public String verdict() {
    return switch (status) {
      case TRAINED -> "yes";
      case NOT_TRAINED -> "no: FP32 not trained";
      case UNCHECKED -> "yes, unchecked: no trivial_score rows";
      case NO_FP32 -> "no: no FP32 score";
    };
  }

  /** The rule, for footnotes. */
  public static String rule(String what) {
    String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    return "Validity: " + article + what + " counts only when FP32's lower 95% bound over seeds exceeds s0 + max(10 points, "
        + "4 SE); s0 = the test score of always answering the training split's majority class (0 for MCC; for MRPC the "
        + "mean of that answer's accuracy and F1), SE = 100 sqrt(p (1 - p) / n_test), p = FP32's mean test accuracy. "
        + "With one seed the single FP32 value stands in for the bound.";
  }
}
