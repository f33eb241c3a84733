package bibench.operators.deploy;

/**
 * The implementations of one {@link KernelPath}. The vector classes are only loaded when the
 * vector path is chosen, so the scalar path runs without {@code jdk.incubator.vector}.
 */
final class Backend {
  final KernelPath path;
  final PopcountGemm gemm;
  final BitPacking packing;
  final BinaryEpilogue epilogue;
  final FloatPanelGemm floatGemm;

  private Backend(
      KernelPath path,
      PopcountGemm gemm,
      BitPacking packing,
      BinaryEpilogue epilogue,
      FloatPanelGemm floatGemm) {
    this.path = path;
    this.gemm = gemm;
    this.packing = packing;
    this.epilogue = epilogue;
    this.floatGemm = floatGemm;
  }

  /** The backend of a path; null means the path {@link KernelSelection#resolve()} picks. */
  static Backend of(KernelPath path) {
    KernelPath chosen = path == null ? KernelSelection.resolve() : path;
    if (chosen == KernelPath.VECTOR) {
      KernelSelection.requireVectorModule();
      return new Backend(
          chosen,
          new PopcountGemmVector(),
          new BitPackingVector(),
          new BinaryEpilogueVector(),
          new FloatPanelGemmVector());
    }
    return new Backend(
        chosen,
        new PopcountGemmScalar(),
        new BitPackingScalar(),
        new BinaryEpilogueScalar(),
        new FloatPanelGemmScalar());
  }
}
