package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bibench.BadInputException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BinaryConv2dKernelTest {

  /** in, out, kH, kW, stride, padH, padW, dilation, groups, H, W, batch. */
  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("odd K, pad 1", new int[] {5, 7, 3, 3, 1, 1, 1, 1, 1, 9, 11, 1}),
        Arguments.of("pad 2 (gather mode)", new int[] {40, 9, 3, 3, 1, 2, 2, 1, 1, 8, 8, 1}),
        Arguments.of("stride 2, batch 3", new int[] {33, 16, 3, 3, 2, 1, 1, 1, 1, 9, 9, 3}),
        Arguments.of("dilation 2", new int[] {16, 8, 3, 3, 1, 2, 2, 2, 1, 10, 10, 3}),
        Arguments.of("groups 2", new int[] {6, 4, 3, 3, 1, 1, 1, 1, 2, 7, 7, 1}),
        Arguments.of("depthwise", new int[] {8, 8, 3, 3, 1, 1, 1, 1, 8, 6, 6, 3}),
        Arguments.of("no padding", new int[] {64, 20, 3, 3, 1, 0, 0, 1, 1, 6, 6, 1}),
        Arguments.of("1x1 stride 2", new int[] {70, 5, 1, 1, 2, 0, 0, 1, 1, 7, 7, 1}),
        Arguments.of("conv1d", new int[] {12, 6, 1, 5, 1, 0, 2, 1, 1, 1, 20, 3}),
        Arguments.of("3 panels, 4x4 blocks", new int[] {64, 12, 3, 3, 1, 1, 1, 1, 1, 12, 12, 1}),
        Arguments.of("5x5 stride 2 pad 2", new int[] {3, 5, 5, 5, 2, 2, 2, 1, 1, 9, 13, 1}),
        Arguments.of("wide, pad 1 stride 2", new int[] {96, 32, 3, 3, 2, 1, 1, 1, 1, 16, 16, 1}),
        Arguments.of("1x1, full panel, no border", new int[] {40, 9, 1, 1, 1, 0, 0, 1, 1, 8, 8, 2}),
        Arguments.of("long rows, interior panels", new int[] {4, 6, 3, 3, 1, 1, 1, 1, 1, 3, 130, 1}),
        Arguments.of("5x5 pad 2: 24 classes, K tile", new int[] {8, 6, 5, 5, 1, 2, 2, 1, 1, 8, 8, 2}));
  }

  private static ConvShape shapeOf(int[] a) {
    return new ConvShape(a[0], a[1], a[2], a[3], a[4], a[4], a[5], a[6], a[7], a[7], a[8], a[9],
        a[10]);
  }

  private static BinaryConv2dKernel.Builder builder(int[] a, float[] w, KernelPath path) {
    return BinaryConv2dKernel.builder()
        .setChannels(a[0], a[1])
        .setKernelSize(a[2], a[3])
        .optStride(a[4])
        .optPadding(a[5], a[6])
        .optDilation(a[7])
        .optGroups(a[8])
        .setInputSize(a[9], a[10])
        .setMaxBatch(a[11])
        .setWeights(w)
        .optPath(path);
  }

  /** The documented epilogue, fma(dot, mult * s, bias), applied to reference dots. */
  private static float[] expected(int[] dots, ConvShape s, int batch, float[] mult, float[] bias,
      float[] beta, float[] h, float[] w) {
    float[] out = new float[dots.length];
    int plane = s.outH() * s.outW();
    for (int i = 0; i < dots.length; i++) {
      int n = i / s.outputSize();
      int o = (i / plane) % s.outChannels();
      int p = i % plane;
      float m = mult == null ? 1f : mult[o];
      if (beta != null || h != null) {
        float spatial = h == null ? 1f : h[p / s.outW()] * w[p % s.outW()];
        float scale = beta == null ? spatial : h == null ? beta[n] : beta[n] * spatial;
        m = m * scale;
      }
      out[i] = Math.fma((float) dots[i], m, bias == null ? 0f : bias[o]);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void plainSignsMatchReferenceOnBothPaths(String name, int[] a) {
    Random r = new Random(name.hashCode());
    ConvShape s = shapeOf(a);
    int batch = a[11];
    float[] w = Reference.values(r, s.outChannels() * s.reduction());
    float[] x = Reference.values(r, batch * s.inputSize());
    float[] want = expected(Reference.convDots(x, batch, s, w, null), s, batch, null, null, null,
        null, null);
    for (KernelPath path : KernelPath.values()) {
      BinaryConv2dKernel k = builder(a, w, path).build();
      float[] got = new float[k.outputLength(batch)];
      k.forward(x, batch, got);
      assertArrayEquals(want, got, 0f, path + " " + name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void thresholdMultiplierBiasMatchReference(String name, int[] a) {
    Random r = new Random(name.hashCode() + 1);
    ConvShape s = shapeOf(a);
    int batch = a[11];
    float[] w = Reference.values(r, s.outChannels() * s.reduction());
    float[] x = Reference.values(r, batch * s.inputSize());
    float[] theta = Reference.uniform(r, s.inChannels(), -0.5f, 0.5f);
    float[] mult = Reference.uniform(r, s.outChannels(), -2f, 2f);
    float[] bias = Reference.uniform(r, s.outChannels(), -3f, 3f);
    float[] want = expected(Reference.convDots(x, batch, s, w, theta), s, batch, mult, bias, null,
        null, null);
    for (KernelPath path : KernelPath.values()) {
      BinaryConv2dKernel k =
          builder(a, w, path).optThreshold(theta).optMultiplier(mult).optBias(bias).build();
      float[] got = new float[k.outputLength(batch)];
      k.forward(x, batch, got);
      assertArrayEquals(want, got, 0f, path + " " + name);
      int[] packed = new int[k.packedInputLength(batch)];
      k.packInput(x, batch, packed);
      float[] fromPacked = new float[k.outputLength(batch)];
      k.forwardPacked(packed, null, batch, fromPacked);
      assertArrayEquals(want, fromPacked, 0f, path + " packed input " + name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void xnorAndSpatialScalesMatchReference(String name, int[] a) {
    Random r = new Random(name.hashCode() + 2);
    ConvShape s = shapeOf(a);
    int batch = a[11];
    float[] w = Reference.values(r, s.outChannels() * s.reduction());
    float[] x = Reference.values(r, batch * s.inputSize());
    float[] mult = Reference.uniform(r, s.outChannels(), 0.1f, 2f);
    float[] bias = Reference.uniform(r, s.outChannels(), -1f, 1f);
    float[] h = Reference.uniform(r, s.outH(), 0.5f, 1.5f);
    float[] sw = Reference.uniform(r, s.outW(), 0.5f, 1.5f);
    int[] dots = Reference.convDots(x, batch, s, w, null);
    double[] meanAbs = Reference.meanAbs(x, batch, s.inputSize());
    float[][] outputs = new float[KernelPath.values().length][];
    for (KernelPath path : KernelPath.values()) {
      BinaryConv2dKernel k = builder(a, w, path).optMultiplier(mult).optBias(bias)
          .optXnorInputScale(true).optSpatialFactors(h, sw).build();
      float[] beta = new float[batch];
      for (int n = 0; n < batch; n++) {
        beta[n] = k.inputScale(x, n);
        assertEquals(meanAbs[n], beta[n], 1e-6 * meanAbs[n], "beta of sample " + n);
      }
      float[] got = new float[k.outputLength(batch)];
      k.forward(x, batch, got);
      assertArrayEquals(expected(dots, s, batch, mult, bias, beta, h, sw), got, 0f, path + name);
      outputs[path.ordinal()] = got;
      BinaryConv2dKernel xnorOnly = builder(a, w, path).optXnorInputScale(true).build();
      xnorOnly.forward(x, batch, got);
      assertArrayEquals(expected(dots, s, batch, null, null, beta, null, null), got, 0f);
      BinaryConv2dKernel spatialOnly = builder(a, w, path).optSpatialFactors(h, sw).build();
      spatialOnly.forward(x, batch, got);
      assertArrayEquals(expected(dots, s, batch, null, null, null, h, sw), got, 0f);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void packedOutputMatchesReferenceBits(String name, int[] a) {
    Random r = new Random(name.hashCode() + 3);
    ConvShape s = shapeOf(a);
    int batch = a[11];
    float[] w = Reference.values(r, s.outChannels() * s.reduction());
    float[] x = Reference.values(r, batch * s.inputSize());
    float[] mult = Reference.uniform(r, s.outChannels(), -1f, 1f);
    float[] bias = Reference.uniform(r, s.outChannels(), -2f, 2f);
    float[] nextTheta = Reference.uniform(r, s.outChannels(), -1f, 1f);
    int nextGroups = s.outChannels() % 2 == 0 ? 2 : 1;
    float[] want = expected(Reference.convDots(x, batch, s, w, null), s, batch, mult, bias, null,
        null, null);
    float[] thr = new float[nextTheta.length];
    for (int i = 0; i < thr.length; i++) {
      thr[i] = -nextTheta[i];
    }
    int[] wantBits = Reference.packConvLayout(want, batch, s.outChannels(), nextGroups,
        s.outH() * s.outW(), thr);
    for (KernelPath path : KernelPath.values()) {
      BinaryConv2dKernel k = builder(a, w, path).optMultiplier(mult).optBias(bias)
          .optPackedOutput(nextGroups, nextTheta).build();
      int[] bits = new int[k.packedOutputLength(batch)];
      k.forwardToPacked(x, batch, bits);
      assertArrayEquals(wantBits, bits, path + " " + name);
      int[] packedIn = new int[k.packedInputLength(batch)];
      k.packInput(x, batch, packedIn);
      assertArrayEquals(Reference.packConvLayout(x, batch, s.inChannels(), s.groups(),
          s.inH() * s.inW(), null), packedIn, "packed input layout");
      int[] chained = new int[bits.length];
      k.forwardPackedToPacked(packedIn, null, batch, chained);
      assertArrayEquals(wantBits, chained, path + " chained " + name);
    }
  }

  @Test
  void badSettingsNameTheSetting() {
    var b = BinaryConv2dKernel.builder().setChannels(4, 6).setKernelSize(3).setInputSize(5, 5)
        .setMaxBatch(1).setWeights(new float[6 * 4 * 9]);
    BadInputException groups = assertThrows(BadInputException.class, () -> b.optGroups(4).build());
    org.junit.jupiter.api.Assertions.assertTrue(groups.getMessage().contains("groups"));
    b.optGroups(1);
    BadInputException bias =
        assertThrows(BadInputException.class, () -> b.optBias(new float[5]).build());
    org.junit.jupiter.api.Assertions.assertTrue(bias.getMessage().contains("bias"));
    BadInputException missing = assertThrows(BadInputException.class,
        () -> BinaryConv2dKernel.builder().setChannels(4, 6).build());
    org.junit.jupiter.api.Assertions.assertTrue(missing.getMessage().contains("setKernelSize"));
  }

  @Test
  void storageCountsPackedWordsAndFloats() {
    BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(64, 64).setKernelSize(3)
        .optPadding(1).setInputSize(8, 8).setMaxBatch(1).setWeights(new float[64 * 64 * 9])
        .optMultiplier(new float[64]).optBias(new float[64]).optPath(KernelPath.SCALAR).build();
    KernelStorage st = k.storage();
    assertEquals(64L * 9 * 2 * 4, st.packedWeightBytes());
    assertEquals(2L * 64 * 4, st.floatParamBytes());
    assertEquals(4L * (64 * 64 * 9 + 64), st.fp32Bytes());
    assertEquals(st.fp32Bytes() / (double) (4608 + 512), st.compressionRatio(), 1e-9);
  }
}
