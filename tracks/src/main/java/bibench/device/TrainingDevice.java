package bibench.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.lang.reflect.Field;

/**
 * The device every DJL model of this process trains and evaluates on, chosen once at the start of
 * a run ({@link #use}). Until then it is the engine's default (the first GPU when the engine sees
 * one, else the CPU), which is DJL's own behaviour.
 *
 * <p>{@link #use} also makes the chosen device the engine's default, so code that creates a
 * manager without naming a device ({@code NDManager.newBaseManager()}) lands on the same device
 * as the models it feeds. DJL has no setter for that default; it is set by reflection, and when
 * that fails (another DJL version) only the code that asks {@link #device()} follows the choice.
 */
public final class TrainingDevice {
  private static volatile ComputeDevice chosen;

  private TrainingDevice() {}

  /** Trains on {@code device} from now on. */
  public static void use(ComputeDevice device) {
    chosen = device;
    try {
      Field field = Engine.class.getDeclaredField("defaultDevice");
      field.setAccessible(true);
      field.set(Engine.getInstance(), device.device());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the explicit device() below still holds
    }
  }

  /** The device to create models and their managers on. */
  public static Device device() {
    ComputeDevice c = chosen;
    return c != null ? c.device() : Engine.getInstance().defaultDevice();
  }

  /** The device chosen with {@link #use}, or null when none was. */
  public static ComputeDevice chosen() {
    return chosen;
  }
}
