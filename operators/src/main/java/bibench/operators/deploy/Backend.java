package bibench.operators.deploy;

/**
 * The implementations of one {@link KernelPath}. The vector classes are only loaded when a vector
 * path is chosen, so the scalar path runs without {@code jdk.incubator.vector}.
 */
final class Backend {
  final KernelPath path;
  final PopcountGemm gemm;
  final BitPacking packing;
  final BinaryEpilogue epilogue;
  final FloatPanelGemm floatGemm;
  final MaskedPopcount masked;
  final SparseRows sparse;

  private Backend(
      KernelPath path,
      PopcountGemm gemm,
      MaskedPopcount masked,
      SparseRows sparse,
      BitPacking packing,
      BinaryEpilogue epilogue,
      FloatPanelGemm floatGemm) {
    this.path = path;
    this.gemm = gemm;
    this.masked = masked;
    this.sparse = sparse;
    this.packing = packing;
    this.epilogue = epilogue;
    this.floatGemm = floatGemm;
  }

  /** The backend of a binary kernel; null means the path {@link KernelSelection} picks for them. */
  static Backend binary(KernelPath path) {
    return of(path == null ? KernelSelection.resolveBinary() : path);
  }

  /** The backend of an FP32 kernel; null means the path {@link KernelSelection} picks for them. */
  static Backend fp32(KernelPath path) {
    return of(path == null ? KernelSelection.resolveFloat() : path);
  }

  private static Backend of(KernelPath chosen) {
    if (chosen == KernelPath.SCALAR) {
      return new Backend(
          chosen,
          new PopcountGemmScalar(),
          new MaskedPopcountScalar(),
          new SparseRowsScalar(),
          new BitPackingScalar(),
          new BinaryEpilogueScalar(),
          new FloatPanelGemmScalar());
    }
    KernelSelection.requireVectorModule();
    PopcountGemm gemm;
    MaskedPopcount masked = chosen == KernelPath.VECTOR_CSA ? new MaskedPopcountCsa() : new MaskedPopcountVector();
    if (chosen == KernelPath.VECTOR_CSA) {
      gemm = new PopcountGemmCsa();
    } else if (VectorWidth.LANES == 16) {
      gemm = new PopcountGemmWide();
    } else {
      gemm = new PopcountGemmNarrow();
    }
    return new Backend(
        chosen, gemm, masked, new SparseRowsVector(), new BitPackingVector(), new BinaryEpilogueVector(),
        new FloatPanelGemmVector());
  }
}
