package bibench.device;

import bibench.BadInputException;
import java.util.Locale;

/**
 * What the user asked to train on: {@code cpu}, {@code gpu} (the first CUDA device; an error when
 * there is none) or {@code auto} (the first CUDA device when the engine sees one, else the CPU).
 * The 1-bit kernels of the inference track and of the deployment checks are Java code and always
 * run on the CPU, whatever the choice.
 */
public enum DeviceChoice {
  /** The CPU, even when a GPU is present. */
  CPU,
  /** The first GPU; stops the run when the engine sees none. */
  GPU,
  /** The first GPU when the engine sees one, else the CPU. */
  AUTO;

  /** The option's value as typed: cpu, gpu or auto. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code cpu}, {@code gpu} or {@code auto} (any case).
   *
   * @throws BadInputException for anything else, naming the value
   */
  public static DeviceChoice parse(String text) {
    if (text != null) {
      for (DeviceChoice c : values()) {
        if (c.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
    }
    throw new BadInputException("--device '" + text + "' is not cpu, gpu or auto",
        "write --device cpu, --device gpu or --device auto");
  }
}
