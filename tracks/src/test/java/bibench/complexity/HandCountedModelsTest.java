package bibench.complexity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.operators.Operators;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of two hand-sized models ({@link TinyModels}) for every operator, against values worked
 * out by hand from the layer sizes.
 */
class HandCountedModelsTest {

  /*
   * MLP on 10 features. Binarized layer: W 8 x 10 = 80 weights, 80 MACs, bias 8. BatchNorm(8):
   * gamma + beta = 16. FP head 8 -> 3: 24 weights + 3 bias = 27, 24 MACs.
   * FP32: everything FP: 80 + 8 + 16 + 27 = 131 params, 80 + 24 = 104 MACs.
   * Binarized, every operator: 80 1-bit params and MACs; 8 + 16 + 27 = 51 FP params and 24 FP MACs,
   * plus the operator's deployed scales:
   *   xnor: alpha per output channel (8); extra FP = reduction over the 10 inputs + multiply per
   *     each of the 8 outputs = 18 MACs;
   *   xnorpp: Gamma = o only on a linear layer (8); no spatial factor, no extra work;
   *   react: alpha (8) + theta per input feature (10);
   *   recu: its learned alpha (8); fda: alpha (8), the two noise MLPs (2 x 40) not counted;
   *   dorefa, bireal: alpha (8); bnn: nothing.
   */
  @ParameterizedTest(name = "mlp {0}")
  @CsvSource({
      "fp32,    0, 131,  0, 104,  0",
      "bnn,    80,  51, 80,  24,  0",
      "xnor,   80,  59, 80,  42, 18",
      "xnorpp, 80,  59, 80,  24,  0",
      "react,  80,  69, 80,  24,  0",
      "recu,   80,  59, 80,  24,  0",
      "fda,    80,  59, 80,  24,  0",
      "dorefa, 80,  59, 80,  24,  0",
      "bireal, 80,  59, 80,  24,  0"})
  void mlpCounts(String op, long binaryParams, long fpParams, long binaryMacs, long fpMacs, long extra) {
    ModelComplexity c = TinyModels.count(TinyModels.mlp(Operators.create(op)), TinyModels.MLP_INPUT);
    assertCounts(c, binaryParams, fpParams, binaryMacs, fpMacs, extra);
    assertEquals(List.of("1", "2", "4"), c.countedLayers().stream().map(LayerCost::path).toList(),
        "the linear layers, the norm and the head; the activation costs nothing");
    assertEquals(op.equals("fp32") ? 32 : 1, c.countedLayers().get(0).inputBits());
    assertArrayEquals(new long[] {3}, c.countedLayers().get(2).outputShape());
  }

  /*
   * CNN on 2 x 6 x 6 (see TinyModels.cnn):
   *   FP stem 3x3, 2 -> 4, 6x6 out: 4 * 2 * 9 = 72 params; 36 positions * 4 * 18 = 2592 MACs; BN 8.
   *   binarized 3x3, 4 -> 4, 6x6 out: 144 weights; 36 * 4 * 36 = 5184 MACs; BN 8.
   *   binarized 3x3 stride 2, 4 -> 8, 3x3 out: 288 weights; 9 * 8 * 36 = 2592 MACs; BN 16.
   *   FP shortcut 1x1 stride 2, 4 -> 8: 32 params; 9 * 8 * 4 = 288 MACs; BN 16.
   *   FP head 8 -> 3 with bias: 27 params, 24 MACs.
   * Binarized: 432 1-bit params, 7776 1-bit MACs; FP 72+8+8+16+32+16+27 = 179 params and
   * 2592 + 288 + 24 = 2904 MACs. FP32: 611 params, 10680 MACs.
   * Operator scales: alpha = 4 + 8 output channels = 12; theta = 4 + 4 input channels;
   * XNOR++ Gamma = (o 4 + h 6 + w 6) + (o 8 + h 3 + w 3) = 30, extra = one multiply per output,
   * 144 + 72 = 216; XNOR extra = inputs + outputs = (144 + 144) + (144 + 72) = 504.
   */
  @ParameterizedTest(name = "cnn {0}")
  @CsvSource({
      "fp32,     0, 611,    0, 10680,   0",
      "bnn,    432, 179, 7776,  2904,   0",
      "xnor,   432, 191, 7776,  3408, 504",
      "xnorpp, 432, 209, 7776,  3120, 216",
      "react,  432, 199, 7776,  2904,   0",
      "recu,   432, 191, 7776,  2904,   0",
      "fda,    432, 191, 7776,  2904,   0",
      "dorefa, 432, 191, 7776,  2904,   0",
      "bireal, 432, 191, 7776,  2904,   0"})
  void cnnCounts(String op, long binaryParams, long fpParams, long binaryMacs, long fpMacs, long extra) {
    ModelComplexity c = TinyModels.count(TinyModels.cnn(Operators.create(op)), TinyModels.CNN_INPUT);
    assertCounts(c, binaryParams, fpParams, binaryMacs, fpMacs, extra);
    assertEquals(List.of("1", "2", "4.main.1", "4.main.2", "6.main.1", "6.main.2", "6.shortcut.1",
        "6.shortcut.2", "9"), c.countedLayers().stream().map(LayerCost::path).toList());
    LayerCost down = c.countedLayers().get(4);
    assertArrayEquals(new long[] {8, 3, 3}, down.outputShape());
    assertEquals(2592, down.binaryMacs() + down.fpMacs() - down.extraFpMacs());
    assertEquals(32, c.countedLayers().get(6).inputBits(), "the shortcut stays FP");
  }

  /*
   * The same MLP with the operators of later papers (80 weights, 8 outputs, bias 8, FP rest 16 + 27 =
   * 43 params and 24 MACs):
   *   biper: W1A1, its learned alpha (8): 80 1-bit, 8 + 43 + 8 = 59 FP; storage 80 + 59 * 32 = 1968.
   *   bitnet158: 80 ternary weights (2-bit products with 8-bit inputs, 16/64 each = 20 FP32 MACs),
   *     stored at 1.6 bits + gamma 32 = 160; FP 51 params; extra FP pass 10 + 8 = 18, so FP MACs 42;
   *     storage 160 + 51 * 32 = 1792; effective MACs 20 + 42 = 62.
   *   bitnet158-a1: ternary x 1-bit, 2/64 each = 2.5; no extra pass; effective 26.5.
   *   pbllm (p = 0.1): k = 8 salient at 8 bits (x 1-bit inputs: 8/64 each = 1), 72 binary (72/64);
   *     alpha (8) FP; storage: plane 80 + 8 x 8 + indices 8 x 4 (fanIn 10) + offsets 9 x 32 + int8
   *     scales 8 x 32 = 720, + 59 x 32 = 2608; effective 1.125 + 1 + 24 = 26.125.
   */
  @ParameterizedTest(name = "mlp {0}")
  @CsvSource({
      "biper,        80,  0, 59, 1968, 80,  0, 24, 25.25",
      "bitnet158,     0, 80, 51, 1792,  0, 80, 42, 62",
      "bitnet158-a1,  0, 80, 51, 1792,  0, 80, 24, 26.5",
      "pbllm,        72,  8, 59, 2608, 72,  8, 24, 26.125"})
  void mlpCountsOfLowBitOperators(String op, long binaryParams, long lowBitParams, long fpParams, double storageBits,
      long binaryMacs, long lowBitMacs, long fpMacs, double effectiveMacs) {
    ModelComplexity c = TinyModels.count(TinyModels.mlp(Operators.create(op)), TinyModels.MLP_INPUT);
    assertEquals(binaryParams, c.binaryParams(), "1-bit params");
    assertEquals(lowBitParams, c.lowBitParams(), "low-bit params");
    assertEquals(fpParams, c.fpParams(), "32-bit params");
    assertEquals(storageBits, c.storageBits(), 1e-9, "stored bits");
    assertEquals(binaryMacs, c.binaryMacs(), "1-bit MACs");
    assertEquals(lowBitMacs, c.lowBitMacs(), "low-bit MACs");
    assertEquals(fpMacs, c.fpMacs(), "32-bit MACs");
    assertEquals(effectiveMacs, c.effectiveMacs(), 1e-9, "MACs in FP32 units");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bnn, 131, 16", "xnor, 131, 16", "recu, 139, 16", "pbllm, 131, 176"})
  void trainableAndFrozenParametersOfTheTrainingModel(String op, long trainable, long frozen) {
    // 80 weights + 8 bias + BatchNorm gamma, beta 16 + head 27 = 131; ReCU adds its alpha (8).
    // Frozen: BatchNorm's running mean and variance (16); PB-LLM's salient mark and values (2 x 80).
    ModelComplexity c = TinyModels.count(TinyModels.mlp(Operators.create(op)), TinyModels.MLP_INPUT);
    assertEquals(trainable, c.trainableParams());
    assertEquals(frozen, c.nonTrainableParams());
  }

  private static void assertCounts(ModelComplexity c, long binaryParams, long fpParams, long binaryMacs,
      long fpMacs, long extra) {
    assertEquals(binaryParams, c.binaryParams(), "1-bit params");
    assertEquals(fpParams, c.fpParams(), "32-bit params");
    assertEquals(binaryMacs, c.binaryMacs(), "1-bit MACs");
    assertEquals(fpMacs, c.fpMacs(), "32-bit MACs");
    assertEquals(extra, c.extraFpMacs(), "extra FP MACs");
  }
}
