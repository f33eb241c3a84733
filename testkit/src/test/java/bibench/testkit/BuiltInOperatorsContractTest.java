package bibench.testkit;

import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import org.junit.jupiter.api.Nested;

/**
 * The kit run on operators of this repository, so that a change to the kit that a correct operator
 * fails is caught here, before anyone outside sees it: one operator of each kind (sign, scaled,
 * learned extras, periodic, ternary with 8-bit activations, partial with frozen state).
 */
class BuiltInOperatorsContractTest {

  private abstract static class Contract extends OperatorContract {
    abstract String id();

    @Override
    protected BinaryOperator newOperator() {
      return Operators.create(id());
    }
  }

  @Nested
  class Bnn extends Contract {
    @Override
    String id() {
      return "bnn";
    }
  }

  @Nested
  class XnorPlusPlus extends Contract {
    @Override
    String id() {
      return "xnorpp";
    }
  }

  @Nested
  class ReCU extends Contract {
    @Override
    String id() {
      return "recu";
    }
  }

  @Nested
  class BiPer extends Contract {
    @Override
    String id() {
      return "biper";
    }
  }

  @Nested
  class BitNet extends Contract {
    @Override
    String id() {
      return "bitnet158";
    }
  }

  @Nested
  class PbLlm extends Contract {
    @Override
    String id() {
      return "pbllm";
    }
  }
}
