package bibench.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import bibench.operators.Operators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inference-time scales each operator keeps, per OPERATORS.md's "Deployment, per operator". */
class DeployedScalesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bnn, false", "xnor, true", "dorefa, true", "bireal, true", "xnorpp, false", "react, true",
      "recu, false", "fda, true"})
  void eachWeightQuantizerDeclaresItsPerChannelScale(String op, boolean scaled) {
    for (LayerKind kind : LayerKind.values()) {
      assertEquals(scaled, Operators.create(op).newLayer(kind).weights().scalesPerOutputChannel(), op + " " + kind);
    }
  }

  /*
   * A conv1d of 6 -> 10 channels, kernel 3, 20 output steps: alpha 10; XNOR++ o 10 + l 20;
   * ReActNet alpha 10 + theta 6; ReCU alpha 10; FDA alpha 10 (its noise MLPs, 18 -> 4 -> 18 and
   * 6 -> 1 -> 6, are training-only).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"bnn, 0", "xnor, 10", "dorefa, 10", "bireal, 10", "xnorpp, 30", "react, 16", "recu, 10", "fda, 10"})
  void deployedParametersOfAConv1d(String op, long expected) {
    LayerGeometry g = new LayerGeometry(LayerKind.CONV1D, 6, 10, 1, new int[] {3}, new int[] {20});
    assertEquals(expected, DeployedScales.parameters(Operators.create(op), g));
  }
}
