package bibench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.LayerNorm;
import bibench.models.blocks.ActivationBlock;
import bibench.models.blocks.EmbeddingBlock;
import bibench.models.blocks.EncoderLayerBlock;
import bibench.models.blocks.SelfAttentionBlock;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerKind;
import bibench.operators.Operators;
import bibench.operators.nn.BinaryConvolution;
import bibench.operators.nn.BinaryLayer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BiBench's full-precision policy, read off the block tree as a complexity counter would: the
 * first layer, the head, downsampling shortcuts (and DFSMN's per-frame linear layer) are FP32,
 * every other conv/linear layer uses the model's operator, and the tree holds only typed blocks.
 */
class FpPolicyTest {

  static List<String> ids() {
    return ModelFixtures.IDS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void onlyTheLayersBiBenchKeepsInFullPrecisionAreFp32(String id) {
    BinaryOperator op = Operators.create("react");
    Block model = Architectures.byId(id).build(op, ModelFixtures.smallSpec(id));
    List<BinaryLayer> layers = ModelFixtures.binaryLayers(model);
    Set<BinaryLayer> fp = new HashSet<>(ModelFixtures.shortcutLayers(model));
    fp.add(layers.get(0));
    fp.add(layers.get(layers.size() - 1));
    if (id.equals("dfsmn")) {
      fp.add(layers.get(2)); // BiBench's fc1 is a plain nn.Linear in every model
    }
    if (id.equals("transformer") || id.equals("transformer-binemb") || id.equals("bert-base") || id.equals("bow")) {
      fp.remove(layers.get(0)); // the first layer is the embedding, not a BinaryLayer; Q (bow: hidden) is binarized
    }
    for (BinaryLayer layer : layers) {
      if (fp.contains(layer)) {
        assertEquals("fp32", layer.operator().id(), id + ": " + layer + " must stay FP32");
      } else {
        assertSame(op, layer.operator(), id + ": " + layer + " must use the model's operator");
      }
    }
    assertTrue(layers.size() - fp.size() >= (id.equals("bow") ? 1 : 4), "most layers are binarized");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"resnet20", "resnet18", "resnet34", "resnet18-imagenet"})
  void resNetShortcutsAreFp32OneByOneConvsAtEveryStageChange(String id) {
    Block model = Architectures.byId(id).build(Operators.create("bnn"), ModelFixtures.smallSpec(id));
    List<BinaryLayer> shortcuts = ModelFixtures.shortcutLayers(model);
    int stages = ((ResNet) Architectures.byId(id)).blocksPerStage().length;
    assertEquals(stages - 1, shortcuts.size());
    for (BinaryLayer s : shortcuts) {
      BinaryConvolution conv = (BinaryConvolution) s;
      assertEquals(1, conv.settings().kernel()[0]);
      assertEquals(2, conv.settings().stride()[0]);
      assertEquals("fp32", s.operator().id());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void activationsAreHardtanhWhenBinarizedAndReluInFp32(String id) {
    for (String opId : List.of("bnn", "fp32")) {
      Block model = Architectures.byId(id).build(Operators.create(opId), ModelFixtures.smallSpec(id));
      ActivationBlock.Kind expected = opId.equals("fp32") ? ActivationBlock.Kind.RELU : ActivationBlock.Kind.HARDTANH;
      List<ActivationBlock> acts = ModelFixtures.allBlocks(model).stream()
          .filter(ActivationBlock.class::isInstance).map(ActivationBlock.class::cast).toList();
      assertFalse(acts.isEmpty());
      acts.forEach(a -> assertEquals(expected, a.kind(), id + " with " + opId));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void theTreeHoldsOnlyTypedBlocks(String id) {
    Block model = Architectures.byId(id).build(Operators.create("xnor"), ModelFixtures.smallSpec(id));
    for (Block b : ModelFixtures.allBlocks(model)) {
      boolean known = b instanceof BinaryLayer || b instanceof SequentialBlock || b instanceof BatchNorm
          || b instanceof LayerNorm || b.getClass().getPackageName().equals("bibench.models.blocks");
      assertTrue(known, id + " holds an untyped block " + b.getClass());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"transformer", "transformer-binemb", "bert-base"})
  void encodersBinarizeAttentionAndDenseLayersButKeepEmbeddingsAndNormsFp(String id) {
    for (String opId : List.of("bnn", "fp32")) {
      BinaryOperator op = Operators.create(opId);
      SequentialBlock model = (SequentialBlock) Architectures.byId(id).build(op, ModelFixtures.smallSpec(id));
      EmbeddingBlock embedding = (EmbeddingBlock) model.getChildren().get(0).getValue();
      boolean binEmb = id.equals("transformer-binemb") && op.binary();
      assertEquals(binEmb, embedding.words().binarized(), id + " with " + opId);
      int layers = ((TransformerEncoder) Architectures.byId(id)).layers();
      List<EncoderLayerBlock> encoders = ModelFixtures.allBlocks(model).stream()
          .filter(EncoderLayerBlock.class::isInstance).map(EncoderLayerBlock.class::cast).toList();
      assertEquals(layers, encoders.size());
      for (EncoderLayerBlock e : encoders) {
        SelfAttentionBlock a = e.attention();
        assertEquals(op.binary() ? "step" : "softmax", a.attention().id());
        for (BinaryLayer dense : List.of(a.query(), a.key(), a.value(), e.attentionOutput(), e.intermediate(), e.output())) {
          assertSame(op, dense.operator());
          assertEquals(LayerKind.LINEAR, dense.kind());
          assertTrue(dense.hasBias());
        }
        assertEquals(4 * e.hidden(), e.feedForward());
        assertTrue(e.attentionNorm() instanceof LayerNorm && e.outputNorm() instanceof LayerNorm);
      }
    }
  }
}
