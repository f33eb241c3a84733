package com.example.bnnplus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

/** The SignSwish gradient against values worked out by hand for beta = 5. */
class SignSwishTest {
  @Test
  void gradientAtHandPickedPoints() {
    // x = 0: 5 * 2 / 2 = 5. x = 0.2 (bx = 1): 5 (2 - tanh 0.5) / (1 + cosh 1) = 5 * 1.537883 / 2.543081 = 3.023661.
    // x = 1 (bx = 5): 5 (2 - 5 tanh 2.5) / (1 + cosh 5) = 5 * -2.933071 / 75.209911 = -0.194992. Even in x.
    try (NDManager m = NDManager.newBaseManager()) {
      float[] g = new SignSwish(5f).gradient(m.create(new float[] {0f, 0.2f, -0.2f, 1f})).toFloatArray();
      assertArrayEquals(new float[] {5f, 3.023661f, 3.023661f, -0.194992f}, g, 1e-5f);
    }
  }
}
