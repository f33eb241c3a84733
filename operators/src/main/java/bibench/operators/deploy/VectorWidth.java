package bibench.operators.deploy;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector width the vector kernels use on this JVM and CPU: the widest species C2 compiles to
 * single instructions ({@code SPECIES_PREFERRED}: 512 bits with AVX-512, 256 with AVX2, 128 with
 * SSE or NEON), capped at 512 bits so that a vector's lanes divide a 16-column group of the panel
 * layout. A species the CPU lacks is not intrinsified: its vectors become objects and every call
 * allocates, which is why nothing here names a fixed width. Loaded only by the vector classes.
 */
final class VectorWidth {
  /** 32-bit integer lanes. */
  static final VectorSpecies<Integer> INT = intSpecies();

  /** Float lanes, the same width as {@link #INT}. */
  static final VectorSpecies<Float> FLOAT = FloatVector.SPECIES_256.withShape(INT.vectorShape());

  /** Lanes of one vector: 16, 8 or 4. */
  static final int LANES = INT.length();

  private VectorWidth() {}

  private static VectorSpecies<Integer> intSpecies() {
    VectorSpecies<Integer> preferred = IntVector.SPECIES_PREFERRED;
    if (preferred.vectorBitSize() > 512) {
      return IntVector.SPECIES_512;
    }
    if (preferred.vectorBitSize() < 128) {
      return IntVector.SPECIES_128;
    }
    return preferred;
  }

  /** Bits of one vector. */
  static int bits() {
    return INT.vectorBitSize();
  }
}
