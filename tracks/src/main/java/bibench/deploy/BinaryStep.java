package bibench.deploy;

import bibench.operators.deploy.BinaryConv2dKernel;
import bibench.operators.deploy.BinaryLinearKernel;
import bibench.operators.deploy.KernelStorage;

/**
 * A binarized layer's kernel, convolution or linear, behind one face, so that layers can be chained
 * through packed bits without unpacking between them.
 */
interface BinaryStep {
  void forward(float[] input, int batch, float[] output);

  void forwardToPacked(float[] input, int batch, int[] packedOutput);

  void forwardPacked(int[] packedInput, int batch, float[] output);

  void forwardPackedToPacked(int[] packedInput, int batch, int[] packedOutput);

  int packedOutputLength(int batch);

  KernelStorage storage();

  static BinaryStep of(BinaryConv2dKernel k) {
    return new BinaryStep() {
      public void forward(float[] in, int b, float[] out) {
        k.forward(in, b, out);
      }

      public void forwardToPacked(float[] in, int b, int[] out) {
        k.forwardToPacked(in, b, out);
      }

      public void forwardPacked(int[] in, int b, float[] out) {
        k.forwardPacked(in, null, b, out);
      }

      public void forwardPackedToPacked(int[] in, int b, int[] out) {
        k.forwardPackedToPacked(in, null, b, out);
      }

      public int packedOutputLength(int b) {
        return k.packedOutputLength(b);
      }

      public KernelStorage storage() {
        return k.storage();
      }
    };
  }

  static BinaryStep of(BinaryLinearKernel k) {
    return new BinaryStep() {
      public void forward(float[] in, int b, float[] out) {
        k.forward(in, b, out);
      }

      public void forwardToPacked(float[] in, int b, int[] out) {
        k.forwardToPacked(in, b, out);
      }

      public void forwardPacked(int[] in, int b, float[] out) {
        k.forwardPacked(in, null, b, out);
      }

      public void forwardPackedToPacked(int[] in, int b, int[] out) {
        k.forwardPackedToPacked(in, null, b, out);
      }

      public int packedOutputLength(int b) {
        return k.packedOutputLength(b);
      }

      public KernelStorage storage() {
        return k.storage();
      }
    };
  }
}
