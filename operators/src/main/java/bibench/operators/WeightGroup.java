package bibench.operators;

import java.util.Objects;

/**
 * One group of a layer's deployed weights, as the theoretical-complexity track counts them: how
 * many weights it holds, how many bits each takes in the products (b_w of a multiply-accumulate)
 * and how many bits the group takes in storage. A plain binarized layer has one group of 1-bit
 * weights; a ternary layer one of 2-bit weights stored at 1.6 bits each (five to a byte); a
 * partially binarized layer a 1-bit group and an 8-bit group whose storage includes the indices of
 * its weights.
 *
 * @param name what the group is, such as {@code signs} or {@code salient int8}
 * @param weights how many weights of the layer the group holds (each is used once per output
 *     position)
 * @param macBits b_w, the width of these weights in a multiply-accumulate: 1, 2 (ternary), 8 or
 *     32
 * @param bitsPerWeight storage of one weight in bits (1, 1.6, 8, 32)
 * @param overheadBits storage beyond the weights themselves: indices, row offsets, per-layer or
 *     per-channel scales the group needs
 */
public record WeightGroup(String name, long weights, int macBits, double bitsPerWeight, double overheadBits) {

  public WeightGroup {
    Objects.requireNonNull(name, "name");
    if (weights < 0 || macBits < 1 || macBits > 32 || bitsPerWeight <= 0 || overheadBits < 0) {
      throw new IllegalArgumentException("bad weight group " + name + ": " + weights + " weights of "
          + macBits + " bits, " + bitsPerWeight + " bits each + " + overheadBits);
    }
  }

  /** {@code n} binary weights: 1 bit each in products and in storage. */
  public static WeightGroup binary(long n) {
    return new WeightGroup("signs", n, 1, 1, 0);
  }

  /** {@code n} full-precision weights. */
  public static WeightGroup fp32(long n) {
    return new WeightGroup("fp32", n, 32, 32, 0);
  }

  /** All the storage of the group in bits: weights times their bits, plus the overhead. */
  public double storageBits() {
    return weights * bitsPerWeight + overheadBits;
  }
}
