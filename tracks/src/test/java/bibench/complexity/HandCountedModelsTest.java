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
    assertEquals(List.of("1", "2", "4"), c.layers().stream().map(LayerCost::path).toList(),
        "the linear layers, the norm and the head; the activation costs nothing");
    assertEquals(op.equals("fp32") ? 32 : 1, c.layers().get(0).inputBits());
    assertArrayEquals(new long[] {3}, c.layers().get(2).outputShape());
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
        "6.shortcut.2", "9"), c.layers().stream().map(LayerCost::path).toList());
    LayerCost down = c.layers().get(4);
    assertArrayEquals(new long[] {8, 3, 3}, down.outputShape());
    assertEquals(2592, down.binaryMacs() + down.fpMacs() - down.extraFpMacs());
    assertEquals(32, c.layers().get(6).inputBits(), "the shortcut stays FP");
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
