package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.S2I;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Int8TernaryRows} with int16 vectors of {@link VectorWidth}'s size: blocks of four
 * vectors (64 columns with AVX2, 128 with AVX-512), one load and one add or subtract per vector and
 * nonzero weight, summed in 16 bits for up to {@link #CHUNK} entries of each sign, then widened
 * into 32-bit sums. No multiplies: a ternary weight only selects add, subtract or nothing.
 */
final class Int8TernaryRowsVector implements Int8TernaryRows {
  private static final VectorSpecies<Short> S = ShortVector.SPECIES_256.withShape(VectorWidth.INT.vectorShape());
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final int L = S.length();
  private static final int IL = I.length();

  @Override
  public int block() {
    return 4 * L;
  }

  @Override
  public void row(short[] x, int base, int[] plus, int p0, int p1, int[] minus, int n0, int n1, int[] acc) {
    IntVector w0 = IntVector.zero(I);
    IntVector w1 = w0;
    IntVector w2 = w0;
    IntVector w3 = w0;
    IntVector w4 = w0;
    IntVector w5 = w0;
    IntVector w6 = w0;
    IntVector w7 = w0;
    int p = p0;
    int q = n0;
    while (p < p1 || q < n1) {
      ShortVector a0 = ShortVector.zero(S);
      ShortVector a1 = a0;
      ShortVector a2 = a0;
      ShortVector a3 = a0;
      for (int end = Math.min(p1, p + CHUNK); p < end; p++) {
        int o = base + plus[p];
        a0 = a0.add(ShortVector.fromArray(S, x, o));
        a1 = a1.add(ShortVector.fromArray(S, x, o + L));
        a2 = a2.add(ShortVector.fromArray(S, x, o + 2 * L));
        a3 = a3.add(ShortVector.fromArray(S, x, o + 3 * L));
      }
      for (int end = Math.min(n1, q + CHUNK); q < end; q++) {
        int o = base + minus[q];
        a0 = a0.sub(ShortVector.fromArray(S, x, o));
        a1 = a1.sub(ShortVector.fromArray(S, x, o + L));
        a2 = a2.sub(ShortVector.fromArray(S, x, o + 2 * L));
        a3 = a3.sub(ShortVector.fromArray(S, x, o + 3 * L));
      }
      w0 = w0.add(a0.convert(S2I, 0).reinterpretAsInts());
      w1 = w1.add(a0.convert(S2I, 1).reinterpretAsInts());
      w2 = w2.add(a1.convert(S2I, 0).reinterpretAsInts());
      w3 = w3.add(a1.convert(S2I, 1).reinterpretAsInts());
      w4 = w4.add(a2.convert(S2I, 0).reinterpretAsInts());
      w5 = w5.add(a2.convert(S2I, 1).reinterpretAsInts());
      w6 = w6.add(a3.convert(S2I, 0).reinterpretAsInts());
      w7 = w7.add(a3.convert(S2I, 1).reinterpretAsInts());
    }
    w0.intoArray(acc, 0);
    w1.intoArray(acc, IL);
    w2.intoArray(acc, 2 * IL);
    w3.intoArray(acc, 3 * IL);
    w4.intoArray(acc, 4 * IL);
    w5.intoArray(acc, 5 * IL);
    w6.intoArray(acc, 6 * IL);
    w7.intoArray(acc, 7 * IL);
  }
}
