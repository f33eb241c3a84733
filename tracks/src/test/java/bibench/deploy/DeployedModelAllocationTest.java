package bibench.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.Operators;
import bibench.operators.deploy.KernelPath;
import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A deployed model's forward pass allocates nothing once warm: every buffer is made at conversion. */
class DeployedModelAllocationTest {

  @ParameterizedTest
  @ValueSource(strings = {"bnn", "xnor", "xnorpp", "react", "fp32"})
  void forwardAllocatesNothing(String op) {
    Engine.getInstance().setRandomSeed(3);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (NDManager manager = NDManager.newBaseManager()) {
      Block model = Architectures.byId("resnet20").build(Operators.create(op), new ModelSpec(new int[] {3, 16, 16}, 10, 0, 8));
      model.initialize(manager, DataType.FLOAT32, new Shape(2, 3, 16, 16));
      DeployedModelTest.randomizeParameters(model, new Random(5));
      DeployedModel deployed = ModelConverter.convert(model, new int[] {3, 16, 16}, new DeployOptions(2, KernelPath.SCALAR, 1));
      float[] input = DeployedModelTest.randomInput(2 * 3 * 16 * 16, new Random(6));
      for (int i = 0; i < 3000; i++) {
        deployed.forward(input, 2);
      }
      long before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
      for (int i = 0; i < 50; i++) {
        deployed.forward(input, 1 + i % 2);
      }
      long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().threadId()) - before;
      assertEquals(0, allocated, op + ": bytes allocated by 50 forward passes");
    }
  }
}
