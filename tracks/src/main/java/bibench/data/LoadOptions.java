package bibench.data;

import bibench.BadInputException;

/**
 * How much of a task to load and how to shape it. Every knob has a default ({@link #defaults()});
 * change one with its {@code with...} method.
 *
 * <p>Subsets: when a split has more samples than {@code maxTrain} / {@code maxTest}, a
 * class-balanced subset is taken: each class's samples are shuffled with a generator seeded by
 * {@code seed} and the classes are interleaved round-robin, then cut (see {@link BalancedOrder}).
 * So a limit of 5,000 on CIFAR-10 gives 500 images of each class, the same ones every run with the
 * same seed. Fixed splits made for sets without an official one (optdigits, MRPC, UCI sentences)
 * do not depend on {@code seed}: their test sets stay the same for every run.
 *
 * @param maxTrain at most this many training samples ({@link Integer#MAX_VALUE}: all)
 * @param maxTest at most this many test samples ({@link Integer#MAX_VALUE}: all)
 * @param seed the data seed: which balanced subset, and the synthetic shapes generated
 * @param vocabularyCap text: at most this many token ids, including the reserved ids 0 (padding),
 *     1 (unknown) and 2 (separator); default 5,000
 * @param maxTokens text: tokens per single sentence after padding or truncation; default 32
 * @param maxPairTokens text: tokens per sentence pair (MRPC) including the separator; default 64
 * @param pointsPerCloud point clouds: points sampled per shape or mesh; default 1,024
 * @param syntheticTrainPerClass synthetic shapes generated per class for training; default 250
 * @param syntheticTestPerClass synthetic shapes generated per class for testing; default 50
 */
public record LoadOptions(
    int maxTrain,
    int maxTest,
    long seed,
    int vocabularyCap,
    int maxTokens,
    int maxPairTokens,
    int pointsPerCloud,
    int syntheticTrainPerClass,
    int syntheticTestPerClass) {

  public LoadOptions {
    positive("maxTrain", maxTrain);
    positive("maxTest", maxTest);
    positive("maxTokens", maxTokens);
    positive("pointsPerCloud", pointsPerCloud);
    positive("syntheticTrainPerClass", syntheticTrainPerClass);
    positive("syntheticTestPerClass", syntheticTestPerClass);
    if (vocabularyCap < 4) {
      throw new BadInputException(
          "load option vocabularyCap = " + vocabularyCap + " leaves no room for words",
          "give at least 4 (ids 0, 1 and 2 are padding, unknown and separator)");
    }
    if (maxPairTokens < 3) {
      throw new BadInputException(
          "load option maxPairTokens = " + maxPairTokens + " cannot hold a pair",
          "give at least 3 (a token of each sentence and the separator)");
    }
  }

  /** All samples, seed 0, vocabulary 5,000, 32 / 64 tokens, 1,024 points, 250 + 50 shapes. */
  public static LoadOptions defaults() {
    return new LoadOptions(
        Integer.MAX_VALUE, Integer.MAX_VALUE, 0L, 5_000, 32, 64, 1_024, 250, 50);
  }

  /** At most this many training and test samples (class-balanced). */
  public LoadOptions withLimits(int newMaxTrain, int newMaxTest) {
    return new LoadOptions(newMaxTrain, newMaxTest, seed, vocabularyCap, maxTokens, maxPairTokens,
        pointsPerCloud, syntheticTrainPerClass, syntheticTestPerClass);
  }

  /** Another data seed. */
  public LoadOptions withSeed(long newSeed) {
    return new LoadOptions(maxTrain, maxTest, newSeed, vocabularyCap, maxTokens, maxPairTokens,
        pointsPerCloud, syntheticTrainPerClass, syntheticTestPerClass);
  }

  /** Another vocabulary cap (text tasks). */
  public LoadOptions withVocabularyCap(int cap) {
    return new LoadOptions(maxTrain, maxTest, seed, cap, maxTokens, maxPairTokens,
        pointsPerCloud, syntheticTrainPerClass, syntheticTestPerClass);
  }

  /** Other sequence lengths for single sentences and pairs (text tasks). */
  public LoadOptions withMaxTokens(int single, int pair) {
    return new LoadOptions(maxTrain, maxTest, seed, vocabularyCap, single, pair,
        pointsPerCloud, syntheticTrainPerClass, syntheticTestPerClass);
  }

  /** Another number of points per cloud (point-cloud tasks). */
  public LoadOptions withPointsPerCloud(int points) {
    return new LoadOptions(maxTrain, maxTest, seed, vocabularyCap, maxTokens, maxPairTokens,
        points, syntheticTrainPerClass, syntheticTestPerClass);
  }

  /** Other numbers of generated shapes per class (synthetic shapes). */
  public LoadOptions withSyntheticPerClass(int train, int test) {
    return new LoadOptions(maxTrain, maxTest, seed, vocabularyCap, maxTokens, maxPairTokens,
        pointsPerCloud, train, test);
  }

  private static void positive(String key, int value) {
    if (value <= 0) {
      throw new BadInputException(
          "load option " + key + " = " + value + " must be positive",
          "give a positive number (leave maxTrain / maxTest unset for all samples)");
    }
  }
}
