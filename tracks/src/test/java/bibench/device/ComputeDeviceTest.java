package bibench.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import bibench.BadInputException;
import org.junit.jupiter.api.Test;

class ComputeDeviceTest {

  @Test
  void parsesTheThreeChoicesInAnyCase() {
    assertEquals(DeviceChoice.CPU, DeviceChoice.parse("cpu"));
    assertEquals(DeviceChoice.GPU, DeviceChoice.parse(" GPU "));
    assertEquals(DeviceChoice.AUTO, DeviceChoice.parse("Auto"));
  }

  @Test
  void anUnknownChoiceNamesTheValueAndTheChoices() {
    BadInputException e = assertThrows(BadInputException.class, () -> DeviceChoice.parse("cuda"));
    assertTrue(e.getMessage().contains("'cuda'"), e.getMessage());
    assertTrue(e.getMessage().contains("--device auto"), e.getMessage());
  }

  @Test
  void gpuWithoutAGpuStopsWithOneLineSayingWhyAndWhatToDo() {
    BadInputException cpuBuild = assertThrows(BadInputException.class, () -> ComputeDevice.cpu(DeviceChoice.GPU, 0, "cpu"));
    assertEquals("--device gpu: no GPU, this build carries the CPU build of PyTorch (native library flavor cpu)."
        + " Fix: build with mvn -Pcuda package on a machine with an NVIDIA GPU and driver, or use --device cpu or auto",
        cpuBuild.getMessage());
    BadInputException cudaBuild = assertThrows(BadInputException.class,
        () -> ComputeDevice.cpu(DeviceChoice.GPU, 0, "cu128"));
    assertTrue(cudaBuild.getMessage().contains("flavor cu128) sees no CUDA device"), cudaBuild.getMessage());
    assertFalse(cudaBuild.getMessage().contains("\n"));
  }

  @Test
  void withoutAGpuAutoAndCpuTrainOnTheCpuAndProvenanceSaysSo() {
    assumeTrue(Engine.getInstance().getGpuCount() == 0, "this machine has a GPU");
    assertThrows(BadInputException.class, () -> ComputeDevice.resolve(DeviceChoice.GPU));
    for (DeviceChoice choice : new DeviceChoice[] {DeviceChoice.AUTO, DeviceChoice.CPU}) {
      ComputeDevice d = ComputeDevice.resolve(choice);
      assertEquals(Device.cpu(), d.device());
      assertFalse(d.gpu());
      assertEquals("cpu", d.provenance().get("device"));
      assertEquals(choice.id(), d.provenance().get("device_choice"));
      assertEquals("cpu", d.provenance().get("kernels_device"));
      assertFalse(d.provenance().containsKey("gpu_model"));
    }
  }

  @Test
  void theEngineFlavorIsReadFromTheNativeLibraryOnTheClassPath() {
    String flavor = GpuFacts.nativeFlavor();
    assertTrue(flavor.equals("cpu") || flavor.startsWith("cu"), flavor);
  }

  @Test
  void aGpuDeviceRecordsModelDriverAndCuda() {
    ComputeDevice d = new ComputeDevice(DeviceChoice.AUTO, Device.gpu(0), "cu128", "NVIDIA A100-SXM4-40GB",
        "550.54.15", "12080", "80");
    assertEquals("gpu", d.provenance().get("device"));
    assertEquals("NVIDIA A100-SXM4-40GB", d.provenance().get("gpu_model"));
    assertEquals("550.54.15", d.provenance().get("gpu_driver"));
    assertEquals("cpu", d.provenance().get("kernels_device"));
    assertTrue(d.describe().startsWith("device gpu(0): NVIDIA A100-SXM4-40GB (driver 550.54.15"), d.describe());
  }

  @Test
  void theTrainingDeviceFollowsTheChoiceAndBecomesTheEngineDefault() {
    assumeTrue(Engine.getInstance().getGpuCount() == 0, "this machine has a GPU");
    TrainingDevice.use(ComputeDevice.resolve(DeviceChoice.CPU));
    assertEquals(Device.cpu(), TrainingDevice.device());
    assertEquals(Device.cpu(), Engine.getInstance().defaultDevice());
  }
}
