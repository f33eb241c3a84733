package bibench.suite;

/**
 * The ranges suite numbers must lie in, each checked as the number is read ({@link JsonNode}) in
 * the type it will be used in. They keep every value inside what the code computes with (an int
 * epoch or update count, a 32-bit float learning rate) and outside what is certainly a typo; how
 * much memory a model of a given width needs is checked separately, when its cell is about to
 * train (a dry run of a large suite still plans).
 */
public final class SuiteLimits {
  private SuiteLimits() {}

  /** Largest architecture width (hidden units or base channels). */
  public static final int WIDTH_MAX = 1 << 20;
  /** Largest number of points per cloud. */
  public static final int POINTS_MAX = 1 << 20;
  /** Largest number of epochs. */
  public static final int EPOCHS_MAX = 100_000;
  /** Largest batch size. */
  public static final int BATCH_MAX = 1 << 20;
  /** Largest learning rate: what a 32-bit float holds (lower bound: above 0). */
  public static final double LR_MAX = Float.MAX_VALUE;
  /** Largest momentum. */
  public static final double MOMENTUM_MAX = 1;
  /** Largest weight decay (a decay above 1 flips every weight's sign each step). */
  public static final double WEIGHT_DECAY_MAX = 1;
  /** Largest size of one dimension of a model's input. */
  public static final int INPUT_DIM_MAX = 1 << 20;
  /** Largest number of classes of a counted or timed model. */
  public static final int CLASSES_MAX = 1 << 20;
  /** Largest vocabulary of a counted model. */
  public static final int VOCABULARY_MAX = 1 << 24;
}
