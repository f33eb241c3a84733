package bibench.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import bibench.models.Architecture;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts of the real architectures against hand formulas and against DJL's own parameter count. */
class ArchitectureCountTest {
  private static final ModelSpec CIFAR = new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0);

  /** Small specs, so that DJL can initialize every architecture in milliseconds. */
  private static final Map<String, ModelSpec> SMALL = Map.ofEntries(
      Map.entry("resnet20-bibench", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 4)),
      Map.entry("mlp", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 16)),
      Map.entry("cnn-small", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 4)),
      Map.entry("resnet20", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 4)),
      Map.entry("resnet18", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 4)),
      Map.entry("resnet34", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 2)),
      Map.entry("resnet18-imagenet", new ModelSpec(new int[] {3, 16, 16}, 5, 0, 4)),
      Map.entry("vgg-small", new ModelSpec(new int[] {1, 8, 8}, 5, 0, 4)),
      Map.entry("pointnet", new ModelSpec(new int[] {3, 16}, 5, 0, 4)),
      Map.entry("dfsmn", new ModelSpec(new int[] {32, 16}, 5, 0, 32)),
      Map.entry("transformer", new ModelSpec(new int[] {6}, 2, 20, 8)));

  private static ModelComplexity count(String arch, String op, ModelSpec spec) {
    return ComplexityCounter.count(Architectures.byId(arch), Operators.create(op), spec);
  }

  /** MACs of a k x k convolution from c_in to c_out channels with an h x w output. */
  private static long convMacs(int h, int w, int cIn, int cOut, int k) {
    return (long) h * w * cOut * cIn * k * k;
  }

  @Test
  void cifarResNet18Fp32MatchesPyTorchsParamsAndTheHandMacFormula() {
    long macs = convMacs(32, 32, 3, 64, 3);
    int size = 32;
    int in = 64;
    for (int stage = 0; stage < 4; stage++) {
      int out = 64 << stage;
      for (int block = 0; block < 2; block++) {
        boolean down = block == 0 && stage > 0;
        if (down) {
          size /= 2;
          macs += convMacs(size, size, in, out, 1);
        }
        macs += convMacs(size, size, in, out, 3) + convMacs(size, size, out, out, 3);
        in = out;
      }
    }
    macs += 512 * 10;
    assertEquals(555_422_720L, macs, "the hand formula itself: about 0.556 GMACs");
    ModelComplexity c = count("resnet18", "fp32", CIFAR);
    assertEquals(11_173_962L, c.params());
    assertEquals(0, c.binaryParams());
    assertEquals(macs, c.macs());
    assertEquals(0, c.binaryMacs());
  }

  @Test
  void cifarResNet18BinarizedKeepsStemShortcutsAndHeadFp() {
    // FP: stem 3x3 3->64, shortcuts 1x1 64->128 at 16x16, 128->256 at 8x8, 256->512 at 4x4, head.
    long fpMacs = convMacs(32, 32, 3, 64, 3) + convMacs(16, 16, 64, 128, 1) + convMacs(8, 8, 128, 256, 1)
        + convMacs(4, 4, 256, 512, 1) + 5120;
    ModelComplexity c = count("resnet18", "bnn", CIFAR);
    assertEquals(555_422_720L - fpMacs, c.binaryMacs());
    assertEquals(fpMacs, c.fpMacs());
    assertEquals(11_173_962L, c.params(), "BNN adds no parameter");
  }

  @Test
  void vggSmallMatchesTheHandMacFormula() {
    long macs = convMacs(32, 32, 3, 128, 3) + convMacs(32, 32, 128, 128, 3) + convMacs(16, 16, 128, 256, 3)
        + convMacs(16, 16, 256, 256, 3) + convMacs(8, 8, 256, 512, 3) + convMacs(8, 8, 512, 512, 3)
        + 512 * 4 * 4 * 10;
    ModelComplexity bnn = count("vgg-small", "bnn", CIFAR);
    assertEquals(macs, bnn.macs());
    assertEquals(convMacs(32, 32, 3, 128, 3) + 512 * 4 * 4 * 10, bnn.fpMacs());
  }

  /*
   * Small encoder, T = 6 tokens, H = 8, 4 heads, FFN 32, 2 layers, vocabulary 20, 2 classes.
   * FP: word table 20 x 8 = 160, positions 6 x 8 = 48, embedding LayerNorm 16, head 8 x 2 + 2 = 18;
   * per layer the biases 4 x 8 + 32 + 8 = 72 and two LayerNorms 32.
   * 1-bit per layer: weights 4 x 64 + 2 x 256 = 768; MACs 6 x 768 = 4608 dense + 2 x 6^2 x 8 = 576
   * attention.
   */
  @Test
  void encoderAttentionProductsAreBinaryUnderTheStepAndFpUnderSoftmax() {
    ModelSpec spec = SMALL.get("transformer");
    ModelComplexity bnn = count("transformer", "bnn", spec);
    assertEquals(2 * 768, bnn.binaryParams());
    assertEquals(160 + 48 + 16 + 2 * (72 + 32) + 18, bnn.fpParams());
    assertEquals(2 * (4608 + 576), bnn.binaryMacs());
    assertEquals(16, bnn.fpMacs(), "only the head stays FP");
    ModelComplexity fp32 = count("transformer", "fp32", spec);
    assertEquals(2 * (4608 + 576) + 16, fp32.fpMacs(), "softmax attention is FP");
    assertEquals(bnn.params(), fp32.params());
    long attentionRows = bnn.layers().stream().filter(l -> l.type().equals("attention_products")).count();
    assertEquals(2, attentionRows);
  }

  @Test
  void binarizedWordTableCountsItsSignsAt1BitAndItsRowScalesAt32() {
    ModelSpec spec = SMALL.get("transformer");
    ModelComplexity plain = count("transformer", "bnn", spec);
    ModelComplexity binemb = count("transformer-binemb", "bnn", spec);
    assertEquals(plain.binaryParams() + 160, binemb.binaryParams());
    assertEquals(plain.fpParams() - 160 + 20, binemb.fpParams());
    assertEquals(count("transformer", "fp32", spec).fpParams(), count("transformer-binemb", "fp32", spec).fpParams(),
        "the FP32 model keeps an FP table");
  }

  @Test
  void bertBaseAtSequence128MatchesTheHandFormula() {
    ModelSpec spec = new ModelSpec(new int[] {128}, 2, 30_522, 0);
    long denseMacsPerLayer = 128L * (4 * 768 * 768 + 2 * 768 * 3072);
    long attentionMacsPerLayer = 2L * 128 * 128 * 768;
    long fpPerLayer = 4 * 768 + 3072 + 768 + 4 * 768;
    long fpParams = 30_522L * 768 + 512 * 768 + 2 * 768 + 12 * fpPerLayer + 768 * 2 + 2;
    ModelComplexity bnn = count("bert-base", "bnn", spec);
    assertEquals(12 * (denseMacsPerLayer + attentionMacsPerLayer), bnn.binaryMacs());
    assertEquals(12L * (4 * 768 * 768 + 2 * 768 * 3072), bnn.binaryParams());
    assertEquals(fpParams, bnn.fpParams());
    ModelComplexity xnor = count("bert-base", "xnor", spec);
    long linearElements = 128L * (4 * (768 + 768) + (768 + 3072) + (3072 + 768));
    assertEquals(12 * linearElements, xnor.extraFpMacs(), "XNOR: inputs + outputs of every binarized linear");
  }

  /**
   * Independent check on every architecture: the counted parameters equal DJL's count of trainable
   * parameters in the initialized model, for the operators whose deployed extras are exactly their
   * learnable parameters (FP32, BNN, XNOR++'s Gamma, ReCU's alpha).
   */
  @ParameterizedTest
  @ValueSource(strings = {"mlp", "cnn-small", "resnet20", "resnet18", "resnet34", "resnet18-imagenet", "vgg-small",
      "pointnet", "dfsmn", "transformer"})
  void countedParamsEqualDjlsTrainableParams(String id) {
    Architecture arch = Architectures.byId(id);
    ModelSpec spec = SMALL.get(id);
    for (String op : new String[] {"fp32", "bnn", "xnorpp", "recu"}) {
      assertEquals(trainable(arch, op, spec), count(id, op, spec).params(), id + " with " + op);
    }
  }

  /** The encoders without a small spec above (transformer-binemb, bert-base) take width 24. */
  @Test
  void everyRegisteredArchitectureCanBeCounted() {
    for (String id : Architectures.ids()) {
      ModelSpec spec = SMALL.getOrDefault(id, new ModelSpec(new int[] {6}, 2, 20, 24));
      ModelComplexity c = count(id, "react", spec);
      assertTrue(c.binaryMacs() > 0 && c.binaryParams() > 0 && c.fpParams() > 0, id);
    }
  }

  /*
   * BiBench's ResNet-20: 64-channel stem, so block 1 is 64 -> 16 (9,216 binarized weights, not
   * 2,304) with an FP 1x1 shortcut of 64 x 16 = 1,024 weights and its BatchNorm (32). Binarized:
   * 267,264 of the textbook network + 9,216 - 2,304 = 274,176. FP: stem 3 x 64 x 9 = 1,728 + BN 128,
   * the new shortcut 1,056, the textbook shortcuts (16 x 32 + 64 and 32 x 64 + 128) = 2,752, the
   * 18 block BatchNorms 2 x (6 x 16 + 6 x 32 + 6 x 64) = 1,344, head 64 x 10 + 10 = 650: 7,658.
   */
  @Test
  void biBenchsResNet20HasASixtyFourChannelStem() {
    ModelComplexity bnn = count("resnet20-bibench", "bnn", CIFAR);
    assertEquals(274_176, bnn.binaryParams());
    assertEquals(7_658, bnn.fpParams());
    assertEquals(267_264, count("resnet20", "bnn", CIFAR).binaryParams(), "the textbook network");
    assertTrue(bnn.layers().stream().anyMatch(l -> l.path().equals("4.1.shortcut.1")), "block 1 has a shortcut");
  }

  @Test
  void anUnknownBlockWithParametersIsAnErrorNamingIt() {
    Block model = new SequentialBlock().add(Linear.builder().setUnits(3).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ComplexityCounter.count(model, new Shape(1, 4)));
    assertTrue(e.getMessage().contains("ai.djl.nn.core.Linear") && e.getMessage().contains("'1'"), e.getMessage());
    Block lambda = new SequentialBlock().add(new LambdaBlock(x -> x));
    ModelComplexity free = ComplexityCounter.count(lambda, new Shape(1, 4));
    assertEquals(0, free.countedLayers().size(), "a parameter-free block costs nothing");
    assertEquals(List.of("lambda"), free.layers().stream().map(LayerCost::type).toList(), "but is listed");
  }

  private static long trainable(Architecture arch, String op, ModelSpec spec) {
    try (NDManager manager = NDManager.newBaseManager()) {
      Block model = arch.build(Operators.create(op), spec);
      model.initialize(manager, DataType.FLOAT32, ComplexityCounter.batchOfOne(spec));
      long n = 0;
      for (Parameter p : model.getParameters().values()) {
        if (p.requiresGradient()) {
          n += p.getArray().size();
        }
      }
      return n;
    }
  }
}
