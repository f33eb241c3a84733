package bibench.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerKind;
import bibench.operators.Operators;
import bibench.operators.nn.BinaryLayer;
import bibench.operators.LayerContext;
import bibench.operators.WeightGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every binarized operator must meet to run in BiBench-J's tracks, whatever its
 * formulas: extend this class in your operator's tests and return a fresh instance from {@link
 * #newOperator()}.
 *
 * <pre>
 * class MySignContractTest extends OperatorContract {
 *   &#64;Override
 *   protected BinaryOperator newOperator() {
 *     return new MySign();
 *   }
 * }
 * </pre>
 *
 * It checks: a usable id, a cited paper and the {@code META-INF/services} registration; every layer
 * kind (linear, conv1d, conv2d with stride, padding, groups and bias) computes the plain product of
 * its own quantized activations and weights, rescaled by its output scale, plus the bias; every
 * learnable extra receives a gradient; the same seed gives the same outputs; gradients survive a
 * garbage collection between forward and backward (no Java scalar kept by autograd); forward and
 * backward leave nothing in the model's manager; and the deployed description (weight groups,
 * activation width, attention, kernel) is consistent. The formulas themselves are the operator's
 * own tests' business. Needs the PyTorch engine (this artifact brings it) and, on JDK 25, {@code
 * --enable-native-access=ALL-UNNAMED}.
 */
public abstract class OperatorContract {
  private NDManager manager;

  /** A fresh instance of the operator under test. */
  protected abstract BinaryOperator newOperator();

  /**
   * Whether the operator must be registered with {@code META-INF/services/bibench.operators.BinaryOperator}
   * (so that suites find it by id); true unless overridden.
   */
  protected boolean registered() {
    return true;
  }

  @BeforeEach
  void openManager() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void closeManager() {
    manager.close();
  }

  @Test
  void itsIdWorksInSuitesAndItCitesItsPaper() {
    BinaryOperator op = newOperator();
    String id = op.id();
    assertTrue(id != null && !id.isBlank() && id.chars().noneMatch(ch -> ch == ',' || Character.isWhitespace(ch)),
        "an id has no commas or spaces (suites and --operators list ids separated by commas): '" + id + "'");
    assertFalse(op.displayName() == null || op.displayName().isBlank(), "a display name");
    assertTrue(op.reference() != null && op.reference().length() > 10, "the paper it comes from: authors, year, arXiv id");
    assertNotSame(op, newOperator(), "a fresh instance every time: an operator holds its model's epoch state");
    if (registered()) {
      String fix = id + " must be found by id: add its class name to META-INF/services/bibench.operators.BinaryOperator";
      try {
        assertEquals(op.getClass(), Operators.create(id).getClass(), fix);
      } catch (bibench.BadInputException e) {
        fail(fix + " (" + e.getMessage() + ")");
      }
    }
  }

  @Test
  void everyLayerKindComputesTheProductOfItsQuantizedInputs() {
    for (LayerKind kind : LayerKind.values()) {
      BinaryOperator op = newOperator();
      op.onEpoch(9, 10);
      Shape shape = ContractLayers.input(kind);
      BinaryLayer layer = ContractLayers.strided(kind, op, 6);
      ContractLayers.initialize(layer, manager, shape);
      NDArray x = ContractLayers.randomInput(manager, shape, 7);
      NDArray out = ContractLayers.forward(layer, manager, x, false);
      Shape outShape = layer.getOutputShapes(new Shape[] {shape})[0];
      assertEquals(outShape, out.getShape(), op.id() + " " + kind + ": output shape");
      LayerContext context = ContractLayers.context(layer, manager, false);
      double[] qx = ContractLayers.toDouble(layer.binarizer().activations().quantize(x, context).toFloatArray());
      double[] qw = ContractLayers.toDouble(
          layer.binarizer().weights().quantize(layer.weight().getArray(), context).toFloatArray());
      double[] product = ContractLayers.product(layer, shape, qx, qw);
      float[] expected = layer.binarizer().output().scale(manager.create(ContractLayers.toFloat(product), outShape),
          context).toFloatArray();
      float[] bias = layer.bias().getArray().toFloatArray();
      int perChannel = kind == LayerKind.LINEAR ? 1 : (int) (outShape.size() / outShape.get(0) / 6);
      float[] y = out.toFloatArray();
      for (int i = 0; i < expected.length; i++) {
        int channel = kind == LayerKind.LINEAR ? i % 6 : (i / perChannel) % 6;
        double e = expected[i] + bias[channel];
        assertEquals(e, y[i], 1e-4 * Math.max(1, Math.abs(e)), op.id() + " " + kind + " output " + i);
      }
      assertEquals(y.length, ContractLayers.forward(layer, manager, x, true).size(), op.id() + " " + kind + " training");
    }
  }

  @Test
  void everyLearnableExtraReceivesAGradient() {
    Engine.getInstance().setRandomSeed(5);
    for (LayerKind kind : LayerKind.values()) {
      BinaryOperator op = newOperator();
      op.onEpoch(0, 10);
      Shape shape = ContractLayers.input(kind);
      BinaryLayer layer = ContractLayers.strided(kind, op, 6);
      ContractLayers.initialize(layer, manager, shape);
      try (NDManager batch = manager.newSubManager()) {
        NDArray x = batch.create(ContractLayers.randomInput(manager, shape, 3).toFloatArray(), shape);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          NDArray y = ContractLayers.forward(layer, batch, x, true);
          NDArray upstream = batch.create(ContractLayers.randomInput(manager, y.getShape(), 5).toFloatArray(), y.getShape());
          collector.backward(y.mul(upstream).sum());
        }
        for (Pair<String, Parameter> p : layer.getDirectParameters()) {
          if (!p.getValue().requiresGradient()) {
            continue; // frozen state (running statistics, frozen weights) is not learned
          }
          float[] grad = p.getValue().getArray().getGradient().toFloatArray();
          boolean nonZero = false;
          for (float g : grad) {
            nonZero |= g != 0 && Float.isFinite(g);
          }
          assertTrue(nonZero, op.id() + " " + kind + ": parameter '" + p.getKey() + "' got no gradient");
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameOutputs() {
    float[] first = seededOutput(42);
    assertArrayEquals(first, seededOutput(42), "same seed, different outputs");
    assertFalse(Arrays.equals(first, seededOutput(43)), "the seed has no effect");
  }

  private float[] seededOutput(int seed) {
    Engine.getInstance().setRandomSeed(seed);
    BinaryOperator op = newOperator();
    op.onEpoch(0, 10);
    Shape shape = ContractLayers.input(LayerKind.CONV2D);
    BinaryLayer layer = ContractLayers.strided(LayerKind.CONV2D, op, 6);
    ContractLayers.initialize(layer, manager, shape);
    return ContractLayers.forward(layer, manager, ContractLayers.randomInput(manager, shape, seed), true).toFloatArray();
  }

  @Test
  void gradientsSurviveAGarbageCollectionBetweenForwardAndBackward() {
    assertArrayEquals(weightGradient(false), weightGradient(true),
        "garbage collection changed the gradient: a tensor that needs gradients was multiplied by a Java number;"
            + " use an engine scalar (manager.full(new Shape(), v))");
  }

  private float[] weightGradient(boolean collectGarbage) {
    Engine.getInstance().setRandomSeed(11);
    BinaryOperator op = newOperator();
    op.onEpoch(0, 10);
    Shape shape = ContractLayers.input(LayerKind.CONV2D);
    BinaryLayer layer = ContractLayers.strided(LayerKind.CONV2D, op, 6);
    ContractLayers.initialize(layer, manager, shape);
    try (NDManager batch = manager.newSubManager()) {
      NDArray x = batch.create(ContractLayers.randomInput(manager, shape, 9).toFloatArray(), shape);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray y = ContractLayers.forward(layer, batch, x, true);
        if (collectGarbage) {
          List<byte[]> garbage = new ArrayList<>();
          for (int i = 0; i < 64; i++) {
            garbage.add(new byte[1 << 16]);
          }
          garbage.clear();
          System.gc();
          System.gc();
        }
        collector.backward(y.mul(y).sum());
      }
      return layer.weight().getArray().getGradient().toFloatArray();
    }
  }

  @Test
  void forwardAndBackwardLeaveNothingInTheModelsManager() {
    BinaryOperator op = newOperator();
    op.onEpoch(0, 10);
    Shape shape = ContractLayers.input(LayerKind.CONV2D);
    BinaryLayer layer = ContractLayers.strided(LayerKind.CONV2D, op, 6);
    ContractLayers.initialize(layer, manager, shape);
    NDArray input = ContractLayers.randomInput(manager, shape, 1);
    step(layer, input);
    int before = manager.getManagedArrays().size();
    for (int i = 0; i < 3; i++) {
      step(layer, input);
    }
    assertEquals(before, manager.getManagedArrays().size(),
        op.id() + ": forward left arrays in the model's manager (move parameters into the batch's manager first)");
  }

  private void step(BinaryLayer layer, NDArray input) {
    try (NDManager batch = manager.newSubManager()) {
      NDArray x = batch.create(input.toFloatArray(), input.getShape());
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        collector.backward(ContractLayers.forward(layer, batch, x, true).sum());
      }
    }
  }

  @Test
  void itsDeployedFormIsDescribedConsistently() {
    BinaryOperator op = newOperator();
    assertNotNull(op.deployKernel(), "the kernel its layers need");
    assertNotNull(op.attention(), "the attention a Transformer built with it uses");
    assertNotNull(op.extraFpPass(), "the FP work left at inference");
    for (LayerKind kind : LayerKind.values()) {
      BinaryLayer layer = ContractLayers.strided(kind, op, 6);
      ContractLayers.initialize(layer, manager, ContractLayers.input(kind));
      long weights = 0;
      for (WeightGroup group : layer.binarizer().weights().deployedWeights(layer.geometry())) {
        weights += group.weights();
      }
      assertEquals((long) layer.geometry().outChannels() * layer.geometry().fanIn(), weights,
          op.id() + " " + kind + ": the deployed weight groups hold every weight once");
      int bits = layer.binarizer().activations().bits();
      assertTrue(bits >= 1 && bits <= 32, op.id() + ": activation width " + bits);
    }
  }
}
