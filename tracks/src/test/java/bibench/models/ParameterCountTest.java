package bibench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.models.blocks.EncoderLayerBlock;
import bibench.operators.Operators;
import org.junit.jupiter.api.Test;

/**
 * Trainable parameter counts (BatchNorm running statistics excluded) against hand formulas written
 * here from the papers' layer tables, and against PyTorch's count for CIFAR ResNet-18.
 */
class ParameterCountTest {

  private static long conv(int k, int in, int out) {
    return (long) k * k * in * out;
  }

  private static long conv1(int k, int in, int out, int groups) {
    return (long) k * in / groups * out;
  }

  private static long bn(int c) {
    return 2L * c;
  }

  private static long linear(int in, int out, boolean bias) {
    return (long) in * out + (bias ? out : 0);
  }

  private static long count(String id, String op, ModelSpec spec) {
    try (NDManager manager = NDManager.newBaseManager()) {
      Block model = ModelFixtures.initialized(Architectures.byId(id), Operators.create(op), spec, manager, 1);
      return ModelFixtures.trainableParameters(model);
    }
  }

  /** BasicBlock: two 3x3 convs with BN, plus a 1x1 conv + BN shortcut when the shape changes. */
  private static long basicBlock(int in, int out, boolean downsample) {
    long p = conv(3, in, out) + bn(out) + conv(3, out, out) + bn(out);
    return downsample ? p + conv(1, in, out) + bn(out) : p;
  }

  private static long cifarResNet(int channels, int w, int[] blocks, int classes) {
    long p = conv(3, channels, w) + bn(w);
    int in = w;
    for (int s = 0; s < blocks.length; s++) {
      int out = w << s;
      for (int b = 0; b < blocks[s]; b++) {
        p += basicBlock(in, out, in != out);
        in = out;
      }
    }
    return p + linear(in, classes, true);
  }

  @Test
  void cifarResNet18MatchesPyTorchsCount() {
    ModelSpec spec = new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0);
    assertEquals(11_173_962L, count("resnet18", "fp32", spec));
    assertEquals(11_173_962L, cifarResNet(3, 64, new int[] {2, 2, 2, 2}, 10));
    assertEquals(11_173_962L, count("resnet18", "bnn", spec), "BNN adds no learnable extras");
  }

  @Test
  void resNet20And34MatchTheHandFormula() {
    ModelSpec cifar = new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0);
    assertEquals(272_474L, cifarResNet(3, 16, new int[] {3, 3, 3}, 10));
    assertEquals(272_474L, count("resnet20", "fp32", cifar));
    ModelSpec narrow = new ModelSpec(new int[] {1, 8, 8}, 7, 0, 4);
    assertEquals(cifarResNet(1, 4, new int[] {3, 4, 6, 3}, 7), count("resnet34", "fp32", narrow));
  }

  @Test
  void resNet34AndImageNetResNet18MatchTheirPyTorchCounts() {
    // torchvision's resnet18 (11,689,512) and the CIFAR ResNet-34 of kuangliu/pytorch-cifar.
    assertEquals(11_689_512L, count("resnet18-imagenet", "fp32", new ModelSpec(new int[] {3, 224, 224}, 1000, 0, 0)));
    assertEquals(21_282_122L, count("resnet34", "fp32", new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0)));
  }

  @Test
  void imageNetStemDiffersOnlyInTheFirstConvolution() {
    ModelSpec spec = new ModelSpec(new int[] {3, 32, 32}, 10, 0, 8);
    long cifar = cifarResNet(3, 8, new int[] {2, 2, 2, 2}, 10);
    assertEquals(cifar - conv(3, 3, 8) + conv(7, 3, 8), count("resnet18-imagenet", "fp32", spec));
  }

  @Test
  void vggSmallMatchesTheLqNetsTable() {
    long convs = conv(3, 3, 128) + conv(3, 128, 128) + conv(3, 128, 256) + conv(3, 256, 256)
        + conv(3, 256, 512) + conv(3, 512, 512);
    long norms = bn(128) * 2 + bn(256) * 2 + bn(512) * 2;
    long expected = convs + norms + linear(512 * 4 * 4, 10, true);
    assertEquals(4_660_106L, expected);
    assertEquals(expected, count("vgg-small", "fp32", new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0)));
  }

  @Test
  void pointNetMatchesTheHandFormula() {
    long points = conv1(1, 3, 64, 1) + conv1(1, 64, 64, 1) + conv1(1, 64, 64, 1) + conv1(1, 64, 128, 1)
        + conv1(1, 128, 1024, 1) + bn(64) * 3 + bn(128) + bn(1024) + bn(1024);
    long fcs = linear(1024, 512, false) + bn(512) + linear(512, 256, false) + bn(256);
    long expected = points + fcs + linear(256, 40, true);
    assertEquals(819_560L, expected);
    assertEquals(expected, count("pointnet", "fp32", new ModelSpec(new int[] {3, 64}, 40, 0, 0)));
  }

  @Test
  void dfsmnMatchesBiBenchsConfigAtDefaultWidth() {
    // n_mels 32, 32 frames: front end 1-16-32 (5x5, stride 2), fc1 32 x 8 -> 128, 8 layers of
    // memory 128 (kernel 5, depthwise) and hidden 256; head 128 x 8 frames -> 12 keywords.
    long front = conv(5, 1, 16) + bn(16) + conv(5, 16, 32) + bn(32) + linear(32 * 8, 128, true);
    long layer = conv1(5, 128, 128, 128) + bn(128) + conv1(1, 128, 256, 1) + bn(256)
        + conv1(1, 256, 128, 1) + bn(128);
    long expected = front + 8 * layer + linear(128 * 8, 12, true);
    assertEquals(596_092L, expected);
    assertEquals(expected, count("dfsmn", "fp32", new ModelSpec(new int[] {32, 32}, 12, 0, 0)));
  }

  @Test
  void narrowDfsmnKeepsSixteenFrontChannels() {
    // width 64: memory 32, hidden 64, but the front end stays 1-16-32 so the first binarized conv
    // sees 16 channels, as at BiBench's width.
    long front = conv(5, 1, 16) + bn(16) + conv(5, 16, 32) + bn(32) + linear(32 * 8, 32, true);
    long layer = conv1(5, 32, 32, 32) + bn(32) + conv1(1, 32, 64, 1) + bn(64) + conv1(1, 64, 32, 1) + bn(32);
    long expected = front + 8 * layer + linear(32 * 8, 10, true);
    assertEquals(expected, count("dfsmn", "fp32", new ModelSpec(new int[] {32, 32}, 10, 0, 64)));
  }

  private static long encoderLayer(int h, int f) {
    return 4 * linear(h, h, true) + linear(h, f, true) + linear(f, h, true) + 2 * 2L * h;
  }

  @Test
  void smallTransformerMatchesTheHandFormula() {
    int v = 1000;
    int t = 32;
    int h = 64;
    long expected = (long) v * h + (long) t * h + 2L * h + 2 * encoderLayer(h, 4 * h) + linear(h, 2, true);
    assertEquals(166_274L, expected);
    ModelSpec spec = new ModelSpec(new int[] {t}, 2, v, 0);
    assertEquals(expected, count("transformer", "fp32", spec));
    assertEquals(expected, count("transformer-binemb", "bnn", spec), "binarizing the table adds nothing");
  }

  @Test
  void bertBaseEncoderLayerHasSevenMillionParameters() {
    assertEquals(7_087_872L, encoderLayer(768, 3072));
    SequentialBlock bert = (SequentialBlock) Architectures.byId("bert-base")
        .build(Operators.create("bnn"), new ModelSpec(new int[] {16}, 2, 30522, 0));
    EncoderLayerBlock layer = (EncoderLayerBlock) bert.getChildren().get(1).getValue();
    assertEquals(768, layer.hidden());
    assertEquals(12, layer.attention().heads());
    assertEquals(64, layer.attention().headSize());
    try (NDManager manager = NDManager.newBaseManager()) {
      layer.initialize(manager, DataType.FLOAT32, new Shape(1, 16, 768), new Shape(1, 16));
      assertEquals(7_087_872L, ModelFixtures.trainableParameters(layer));
    }
  }
}
