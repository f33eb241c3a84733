package bibench.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import org.junit.jupiter.api.Test;

/** The Larq-style summary, against a golden text for the tiny MLP and hand-computed ratios. */
class ModelSummaryTest {

  /*
   * The tiny MLP with XNOR-Net (counts in HandCountedModelsTest): memory of the binarized layer
   * 80 / 8 + 16 * 4 = 74 B = 0.07 KiB, BatchNorm 64 B = 0.06 KiB, head 108 B = 0.11 KiB, total
   * 10 + 59 * 4 = 246 B = 0.24 KiB; FP32 model 131 * 4 = 524 B = 0.51 KiB.
   * r_c = 131 / (80 / 32 + 59) = 2.130; effective MACs 80 / 64 + 42 = 43.25, r_s = 104 / 43.25 =
   * 2.405; O_comp = sqrt((2.130^2 + 2.405^2) / 2) = 2.272.
   */
  private static final String GOLDEN = """
      ### Model summary: tiny-mlp with xnor at 10

      | layer        | input bits | output shape | 1-bit params | 32-bit params | memory (KiB) | 1-bit MACs | 32-bit MACs |
      |:-------------|-----------:|:-------------|-------------:|--------------:|-------------:|-----------:|------------:|
      | 1 linear     |          1 | (-1, 8)      |           80 |            16 |         0.07 |         80 |          18 |
      | 2 batch_norm |         32 | (-1, 8)      |            0 |            16 |         0.06 |          0 |           0 |
      | 4 linear     |         32 | (-1, 3)      |            0 |            27 |         0.11 |          0 |          24 |
      | total        |            |              |           80 |            59 |         0.24 |         80 |          42 |

      | total                     | xnor |  fp32 | fp32 / xnor |
      |:--------------------------|-----:|------:|------------:|
      | 1-bit params              |   80 |     0 |             |
      | 32-bit params             |   59 |   131 |             |
      | params                    |  139 |   131 |             |
      | memory (KiB)              | 0.24 |  0.51 |  2.13 (r_c) |
      | 1-bit MACs                |   80 |     0 |             |
      | 32-bit MACs               |   42 |   104 |             |
      | extra FP MACs (in 32-bit) |   18 |     0 |             |
      | MACs, 1-bit at 1/64       | 43.3 | 104.0 |  2.40 (r_s) |
      | O_comp                    |      |       |        2.27 |

      Notes:
      - Counted for one sample on the deployed (inference) graph.
      - memory = 1-bit params / 8 + 32-bit params * 4 bytes. r_c = FP32 params / (1-bit params / 32 + 32-bit \
      params), the memory ratio; r_s = FP32 MACs / (1-bit MACs / 64 + 32-bit MACs); O_comp = qmean(r_c, r_s).
      - 32-bit params include biases, BatchNorm and LayerNorm gamma and beta (2 per channel; BatchNorm's \
      running statistics fold into them) and the operator's inference-time scales; FDA's training-only noise \
      MLPs are not counted.
      - 32-bit MACs include the operator's extra FP work at inference (XNOR-Net's input scale, XNOR++'s spatial \
      factors).
      - Not counted as MACs: BatchNorm, activations, pooling, residual, bias and position additions, attention \
      scaling, masking and softmax or step.
      """;

  @Test
  void tinyMlpSummaryMatchesTheGoldenText() {
    ModelSummary summary = ModelSummary.of(TinyModels.mlpArchitecture(), Operators.create("xnor"),
        new ModelSpec(new int[] {10}, 3, 0, 0));
    assertEquals(GOLDEN, summary.markdown());
  }

  @Test
  void resNet18RatiosFollowBiBenchsFormulas() {
    ModelSummary summary = ModelSummary.of(Architectures.byId("resnet18"), Operators.create("bnn"),
        new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0));
    // 1-bit: every 3x3 conv after the stem (10,985,472 weights); FP: the rest of 11,173,962.
    double rc = 11_173_962.0 / (10_985_472 / 32.0 + (11_173_962 - 10_985_472));
    // FP MACs: stem 1,769,472 + shortcuts 3 x 2,097,152 + head 5,120 = 8,066,048.
    double rs = 555_422_720.0 / ((555_422_720 - 8_066_048) / 64.0 + 8_066_048);
    assertEquals(rc, summary.ratios().compression(), 1e-9);
    assertEquals(rs, summary.ratios().speedup(), 1e-9);
    assertEquals(Math.sqrt((rc * rc + rs * rs) / 2), summary.ratios().overall(), 1e-9);
    String md = summary.markdown();
    assertTrue(md.contains("| 4.1.main.1 conv2d "), "paths name the residual branches");
    assertTrue(md.contains("| 6.1.shortcut.1 conv2d "), md);
  }

  @Test
  void theFp32ModelIsItsOwnReference() {
    ModelSummary summary = ModelSummary.of(TinyModels.mlpArchitecture(), Operators.create("fp32"),
        new ModelSpec(new int[] {10}, 3, 0, 0));
    assertEquals(1.0, summary.ratios().compression());
    assertEquals(1.0, summary.ratios().speedup());
    String md = summary.markdown();
    assertTrue(md.contains("1.00 (r_c)") && md.contains("1.00 (r_s)"), md);
  }
}
