package bibench.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import bibench.operators.Operators;
import bibench.train.WeightSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BiBench's two-stage recipe starts every binarized model from the FP32 model's weights, so an
 * architecture must give both the same parameter names and shapes (the operator's extras aside).
 */
class WarmStartTest {

  static java.util.List<String> ids() {
    return ModelFixtures.IDS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void everyFp32WeightHasItsPlaceInTheBinarizedModel(String id) {
    ModelSpec spec = ModelFixtures.smallSpec(id);
    try (NDManager manager = NDManager.newBaseManager()) {
      Block fp = ModelFixtures.initialized(Architectures.byId(id), Operators.create("fp32"), spec, manager, 2);
      Block react = ModelFixtures.initialized(Architectures.byId(id), Operators.create("react"), spec, manager, 2);
      WeightSnapshot snapshot = WeightSnapshot.capture(fp);
      int thresholds = 0;
      for (Pair<String, Parameter> p : react.getParameters()) {
        thresholds += p.getValue().getName().equals("theta") ? 1 : 0;
      }
      assertEquals(fp.getParameters().size(), react.getParameters().size() - thresholds);
      assertEquals(fp.getParameters().size(), snapshot.restoreInto(react));
      for (Pair<String, Parameter> p : fp.getParameters()) {
        assertArrayEquals(p.getValue().getArray().toFloatArray(),
            react.getParameters().get(p.getKey()).getArray().toFloatArray(), p.getKey());
      }
    }
  }
}
