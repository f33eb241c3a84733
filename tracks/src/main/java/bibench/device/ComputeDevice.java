package bibench.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.util.cuda.CudaUtils;
import bibench.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The device training runs on, resolved from the user's {@link DeviceChoice} against what the
 * PyTorch engine sees, with the facts a run's provenance records: the device, the engine's native
 * library flavor ({@code cpu}, or {@code cu128} from {@code mvn -Pcuda}), and for a GPU its model,
 * driver, CUDA version and compute capability.
 *
 * <p>Only DJL training and evaluation move to the GPU. The 1-bit XNOR/popcount kernels (the
 * inference track and the deployment checks) are Java code and always run on the CPU; {@link
 * #kernelsNote()} says so for the run's header.
 *
 * @param choice what was asked for
 * @param device the DJL device: {@code cpu()} or {@code gpu(0)}
 * @param flavor the native library's flavor, such as {@code cpu} or {@code cu128}
 * @param gpuModel the GPU's model name ({@code ""} on the CPU; {@code unknown} when not readable)
 * @param driver the NVIDIA driver version ({@code ""} on the CPU)
 * @param cuda the CUDA runtime version DJL reports ({@code ""} on the CPU)
 * @param computeCapability the GPU's compute capability, such as {@code 80} ({@code ""} on the CPU)
 */
public record ComputeDevice(DeviceChoice choice, Device device, String flavor, String gpuModel,
    String driver, String cuda, String computeCapability) {

  /** True when training runs on a GPU. */
  public boolean gpu() {
    return device.isGpu();
  }

  /**
   * Resolves a choice against the engine: {@code gpu} needs a CUDA device, {@code auto} takes one
   * when there is one.
   *
   * @throws BadInputException for {@code gpu} without a GPU, in one line saying why and what to do
   */
  public static ComputeDevice resolve(DeviceChoice choice) {
    int gpus = Engine.getInstance().getGpuCount();
    String flavor = GpuFacts.nativeFlavor();
    if (gpus == 0) {
      return cpu(choice, gpus, flavor);
    }
    if (choice == DeviceChoice.CPU) {
      return cpu(choice, gpus, flavor);
    }
    String cuda = CudaUtils.hasCuda() ? CudaUtils.getCudaVersionString() : GpuFacts.UNKNOWN;
    String capability = CudaUtils.hasCuda() ? CudaUtils.getComputeCapability(0) : GpuFacts.UNKNOWN;
    return new ComputeDevice(choice, Device.gpu(0), flavor, GpuFacts.modelName(0), GpuFacts.driverVersion(),
        cuda, capability);
  }

  /** The CPU, or the one-line error when {@code gpu} was asked for and the engine sees no GPU. */
  static ComputeDevice cpu(DeviceChoice choice, int gpus, String flavor) {
    if (choice == DeviceChoice.GPU && gpus == 0) {
      throw noGpu(flavor);
    }
    return new ComputeDevice(choice, Device.cpu(), flavor, "", "", "", "");
  }

  /** Why {@code --device gpu} cannot be honoured, and the fix. */
  static BadInputException noGpu(String flavor) {
    if (flavor.equals("cpu")) {
      return new BadInputException("--device gpu: no GPU, this build carries the CPU build of PyTorch"
          + " (native library flavor cpu)",
          "build with mvn -Pcuda package on a machine with an NVIDIA GPU and driver, or use --device cpu or auto");
    }
    return new BadInputException("--device gpu: the PyTorch engine (native library flavor " + flavor
        + ") sees no CUDA device",
        "check nvidia-smi and CUDA_VISIBLE_DEVICES, or use --device cpu or auto");
  }

  /** One line for the run's header, such as {@code device gpu(0): NVIDIA A100 (driver 550.54, CUDA 12.8)}. */
  public String describe() {
    if (!gpu()) {
      return "device cpu (--device " + choice.id() + ", PyTorch " + flavor + " build)";
    }
    return "device " + device + ": " + gpuModel + " (driver " + driver + ", CUDA " + cuda + ", compute capability "
        + computeCapability + ", --device " + choice.id() + ")";
  }

  /** Where the 1-bit kernels run, for the run's header. */
  public String kernelsNote() {
    return "the 1-bit kernels (inference track, deployment checks) run on the CPU: they are Java Vector API code";
  }

  /**
   * The provenance fields, typed for provenance.json: {@code device} (cpu or gpu), {@code
   * device_id} (DJL's name), {@code device_choice}, {@code engine_flavor}, {@code kernels_device}
   * (always cpu), and on a GPU {@code gpu_model}, {@code gpu_driver}, {@code cuda}, {@code
   * compute_capability}.
   */
  public Map<String, Object> provenance() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("device", gpu() ? "gpu" : "cpu");
    p.put("device_id", device.toString());
    p.put("device_choice", choice.id());
    p.put("engine_flavor", flavor);
    p.put("kernels_device", "cpu");
    if (gpu()) {
      p.put("gpu_model", gpuModel);
      p.put("gpu_driver", driver);
      p.put("cuda", cuda);
      p.put("compute_capability", computeCapability);
    }
    return p;
  }
}
