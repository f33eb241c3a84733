package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random geometries and options (seeded, so failures repeat): both paths against the direct
 * reference, float and packed output.
 */
class BinaryConvRandomShapesTest {
  @Test
  void randomShapesAndOptionsMatchTheReference() {
    Random r = new Random(20240601);
    for (int trial = 0; trial < 40; trial++) {
      int groups = 1 + r.nextInt(3);
      int cin = groups * (1 + r.nextInt(r.nextBoolean() ? 40 : 6));
      int cout = groups * (1 + r.nextInt(12));
      int kh = 1 + r.nextInt(4);
      int kw = 1 + r.nextInt(4);
      int stride = 1 + r.nextInt(2);
      int pad = r.nextInt(3);
      int dil = 1 + r.nextInt(2);
      int h = dil * (kh - 1) + 1 + r.nextInt(10);
      int w = dil * (kw - 1) + 1 + r.nextInt(20);
      int batch = 1 + r.nextInt(3);
      ConvShape s = new ConvShape(cin, cout, kh, kw, stride, stride, pad, pad, dil, dil, groups,
          h, w).check();
      String tag = "trial " + trial + " " + s;
      float[] wt = Reference.values(r, cout * s.reduction());
      float[] x = Reference.values(r, batch * s.inputSize());
      float[] theta = r.nextBoolean() ? Reference.uniform(r, cin, -0.3f, 0.3f) : null;
      float[] mult = Reference.uniform(r, cout, -2f, 2f);
      float[] bias = Reference.uniform(r, cout, -2f, 2f);
      float[] hs = r.nextBoolean() ? Reference.uniform(r, s.outH(), 0.5f, 1.5f) : null;
      float[] ws = hs == null ? null : Reference.uniform(r, s.outW(), 0.5f, 1.5f);
      int[] dots = Reference.convDots(x, batch, s, wt, theta);
      int plane = s.outH() * s.outW();
      float[] want = new float[dots.length];
      for (int i = 0; i < dots.length; i++) {
        int o = (i / plane) % cout;
        int p = i % plane;
        float m = hs == null ? mult[o] : mult[o] * (hs[p / s.outW()] * ws[p % s.outW()]);
        want[i] = Math.fma((float) dots[i], m, bias[o]);
      }
      int[] wantBits = Reference.packConvLayout(want, batch, cout, 1, plane, null);
      for (KernelPath path : KernelPath.values()) {
        BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(cin, cout)
            .setKernelSize(kh, kw).optStride(stride).optPadding(pad).optDilation(dil)
            .optGroups(groups).setInputSize(h, w).setMaxBatch(batch).setWeights(wt)
            .optThreshold(theta).optMultiplier(mult).optBias(bias).optSpatialFactors(hs, ws)
            .optPath(path).build();
        float[] got = new float[k.outputLength(batch)];
        k.forward(x, batch, got);
        assertArrayEquals(want, got, 0f, path + " " + tag);
        int[] bits = new int[k.packedOutputLength(batch)];
        k.forwardToPacked(x, batch, bits);
        assertArrayEquals(wantBits, bits, path + " packed " + tag);
      }
    }
  }
}
