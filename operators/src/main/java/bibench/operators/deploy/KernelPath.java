package bibench.operators.deploy;

/**
 * Which implementation of the deployment kernels runs: the Vector API ({@code
 * jdk.incubator.vector}) or plain scalar Java.
 *
 * <p>Both paths compute the same bits: the binary kernels are integer arithmetic, and every
 * floating-point step (scales, bias, the XNOR-Net input mean) is done in the same order on both
 * paths. The scalar path exists for machines without AVX-512 VPOPCNTDQ (where 512-bit integer
 * vectors are not compiled to single instructions) and as an independent check of the vector one.
 * {@link KernelSelection} picks one.
 */
public enum KernelPath {
  /** Plain Java loops; works on any JVM, also without {@code --add-modules jdk.incubator.vector}. */
  SCALAR,
  /** 512-bit Vector API loops; fast on CPUs with AVX-512 and VPOPCNTDQ. */
  VECTOR
}
