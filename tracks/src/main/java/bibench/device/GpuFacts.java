package bibench.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the GPU and the engine's native library that DJL does not hand out: the flavor of
 * the PyTorch library on the class path ({@code cpu}, {@code cu128}), the NVIDIA driver version
 * and the GPU's model name. Each is read best effort and is {@code "unknown"} when it cannot be.
 */
final class GpuFacts {
  static final String UNKNOWN = "unknown";
  private static final Pattern DRIVER = Pattern.compile("Kernel Module\\s+([0-9][0-9.]*)");

  private GpuFacts() {}

  /** The flavor of DJL's PyTorch native jar on the class path (its native/lib/pytorch.properties). */
  static String nativeFlavor() {
    try (InputStream in = GpuFacts.class.getClassLoader().getResourceAsStream("native/lib/pytorch.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("flavor", UNKNOWN);
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /** The NVIDIA kernel driver's version, from /proc/driver/nvidia/version. */
  static String driverVersion() {
    try {
      Matcher m = DRIVER.matcher(Files.readString(Path.of("/proc/driver/nvidia/version")));
      return m.find() ? m.group(1) : UNKNOWN;
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /** The model name of GPU {@code index}, from nvidia-smi. */
  static String modelName(int index) {
    try {
      Process p = new ProcessBuilder("nvidia-smi", "--query-gpu=name", "--format=csv,noheader", "-i",
          Integer.toString(index)).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
        return UNKNOWN;
      }
      return out.lines().findFirst().orElse(UNKNOWN).trim();
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNKNOWN;
    }
  }
}
