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
   * Larq's totals: 139 deployed params (80 + 59); training model: trainable 80 + 8 + 16 + 27 = 131,
   * non-trainable 16 (BatchNorm's running mean and variance); with 8-bit FP weights (80 + 8 * 59) /
   * 8 = 69 B = 0.07 KiB; FP32 equivalent 139 * 4 = 556 B = 0.54 KiB, ratio 246 / 556 = 0.44; MACs
   * 80 + 42 = 122, binarized 80 / 122 = 0.6557. The Hardtanh is listed at no cost.
   */
  private static final String GOLDEN = """
      ### Model summary: tiny-mlp with xnor at 10

      | layer        | weight bits | input bits | output shape | 1-bit params | low-bit params | 32-bit \
      params | memory (KiB) | 1-bit MACs | low-bit MACs | 32-bit MACs |
      |:-------------|------------:|-----------:|:-------------|-------------:|---------------:|--------------:|-------------:|-----------:|-------------:|------------:|
      | 1 linear     |           1 |          1 | (-1, 8)      |           80 |              0 |          \
        16 |         0.07 |         80 |            0 |          18 |
      | 2 batch_norm |           - |          - | (-1, 8)      |            0 |              0 |          \
        16 |         0.06 |          0 |            0 |           0 |
      | 3 hardtanh   |           - |          - | (-1, 8)      |            0 |              0 |          \
         0 |         0.00 |          0 |            0 |           0 |
      | 4 linear     |          32 |         32 | (-1, 3)      |            0 |              0 |          \
        27 |         0.11 |          0 |            0 |          24 |
      | total        |             |            |              |           80 |              0 |          \
        59 |         0.24 |         80 |            0 |          42 |

      | xnor summary                          |    value |
      |:--------------------------------------|---------:|
      | Total params                          |      139 |
      | Trainable params (training model)     |      131 |
      | Non-trainable params (training model) |       16 |
      | Model size                            | 0.24 KiB |
      | Model size (8-bit FP weights)         | 0.07 KiB |
      | Float-32 equivalent                   | 0.54 KiB |
      | Compression ratio of memory           |     0.44 |
      | Number of MACs                        |      122 |
      | Ratio of MACs that are binarized      |   0.6557 |

      | total                     | xnor |  fp32 | fp32 / xnor |
      |:--------------------------|-----:|------:|------------:|
      | 1-bit params              |   80 |     0 |             |
      | low-bit params            |    0 |     0 |             |
      | 32-bit params             |   59 |   131 |             |
      | params                    |  139 |   131 |             |
      | memory (KiB)              | 0.24 |  0.51 |  2.13 (r_c) |
      | 1-bit MACs                |   80 |     0 |             |
      | low-bit MACs              |    0 |     0 |             |
      | 32-bit MACs               |   42 |   104 |             |
      | extra FP MACs (in 32-bit) |   18 |     0 |             |
      | MACs in FP32 units        | 43.3 | 104.0 |  2.40 (r_s) |
      | O_comp                    |      |       |        2.27 |

      Notes:
      - Counted for one sample on the deployed (inference) graph; trainable and non-trainable parameters \
      are the training model's (BatchNorm's running statistics and PB-LLM's frozen salient weights are \
      non-trainable; they fold or are counted with the weights at deployment).
      - memory = stored bits / 8: 1 bit per binarized weight, 1.6 per ternary weight (five to a byte), 8 \
      per int8 weight plus PB-LLM's indices, 32 per other parameter. With 8-bit FP weights: every 32-bit \
      parameter at 8 bits (Larq's second size).
      - A MAC of b_w-bit weights and b_a-bit activations counts b_w * b_a / 64 of an FP32 MAC (binary \
      1/64, ternary x binary 2/64, ternary x int8 16/64), 1 with a 32-bit operand. r_c = FP32 params / \
      (stored bits / 32); r_s = FP32 MACs / MACs in FP32 units; O_comp = qmean(r_c, r_s).
      - 32-bit params include biases, BatchNorm and LayerNorm gamma and beta (2 per channel) and the \
      operator's inference-time scales; FDA's training-only noise MLPs are not counted.
      - 32-bit MACs include the operator's extra FP work at inference (XNOR-Net's input scale, XNOR++'s \
      spatial factors, BitNet's per-token activation scale).
      - Not counted as MACs: BatchNorm, activations, pooling, residual, bias and position additions, \
      attention scaling, masking and softmax, step or threshold.
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
