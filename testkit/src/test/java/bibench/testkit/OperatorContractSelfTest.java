package bibench.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.LayerContext;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The kit fails operators that break its contract, with a message that says what to fix. */
class OperatorContractSelfTest {

  /** A BNN-like operator with a configurable id and output scale. */
  private static BinaryOperator operator(String id, OutputScale scale) {
    return new BinaryOperator() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String displayName() {
        return "Broken";
      }

      @Override
      public String reference() {
        return "Nobody et al. 2026, arXiv 0000.00000";
      }

      @Override
      public LayerBinarizer newLayer(LayerKind kind) {
        return new LayerBinarizer(new SignWeights(Surrogate.clippedSte(), false, false),
            new SignActivations(Surrogate.clippedSte(), false), scale);
      }
    };
  }

  private static AssertionFailedError failure(BinaryOperator op, boolean registered, Consumer<OperatorContract> test) {
    OperatorContract contract = new OperatorContract() {
      @Override
      protected BinaryOperator newOperator() {
        return operator(op.id(), op.newLayer(LayerKind.LINEAR).output());
      }

      @Override
      protected boolean registered() {
        return registered;
      }
    };
    contract.openManager();
    try {
      return assertThrows(AssertionFailedError.class, () -> test.accept(contract));
    } finally {
      contract.closeManager();
    }
  }

  @Test
  void anIdWithACommaFails() {
    AssertionFailedError e = failure(operator("my,sign", OutputScale.NONE), false,
        OperatorContract::itsIdWorksInSuitesAndItCitesItsPaper);
    assertTrue(e.getMessage().contains("no commas"), e.getMessage());
  }

  @Test
  void anUnregisteredOperatorFailsUnlessItSaysSo() {
    AssertionFailedError e = failure(operator("nowhere", OutputScale.NONE), true,
        OperatorContract::itsIdWorksInSuitesAndItCitesItsPaper);
    assertTrue(e.getMessage().contains("META-INF/services"), e.getMessage());
  }

  /** An output scale that adds to its parameter in place of the batch's copy: a leak per step. */
  private static final class LeakyScale implements OutputScale {
    private final Parameter gain = Parameter.builder().setName("gain").setType(Parameter.Type.OTHER)
        .optInitializer(Initializer.ONES).build();

    @Override
    public List<Parameter> parameters() {
      return List.of(gain);
    }

    @Override
    public void prepare(LayerGeometry geometry) {
      gain.setShape(new Shape(1));
    }

    @Override
    public NDArray scale(NDArray y, LayerContext context) {
      NDArray leaked = gain.getArray().add(0f); // lands in the model's manager, never freed
      return y.mul(context.value(gain)).add(leaked.sub(leaked).toDevice(y.getDevice(), false).sum());
    }
  }

  @Test
  void anOperatorThatLeaksIntoTheModelsManagerFails() {
    AssertionFailedError e = failure(operator("leaky", new LeakyScale()), false,
        OperatorContract::forwardAndBackwardLeaveNothingInTheModelsManager);
    assertTrue(e.getMessage().contains("left arrays in the model's manager"), e.getMessage());
  }
}
