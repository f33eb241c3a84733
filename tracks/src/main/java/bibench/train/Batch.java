package bibench.train;

/**
 * One mini-batch on the host, ready to become engine arrays: {@code size} samples' values
 * row-major in {@code features} and their class indices in {@code labels}.
 *
 * @param features {@code size * sampleSize} values
 * @param labels {@code size} class indices
 * @param size the number of samples
 */
public record Batch(float[] features, long[] labels, int size) {}
