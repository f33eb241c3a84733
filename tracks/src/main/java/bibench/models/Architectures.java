package bibench.models;

import bibench.Registry;
import java.util.List;

/**
 * Finds architectures by short id (the built-in ones are registered in {@code
 * META-INF/services/bibench.models.Architecture}), then by class name.
 */
public final class Architectures {
  private static final Registry<Architecture> REGISTRY =
      new Registry<>("architecture", Architecture.class, Architecture::id);

  private Architectures() {}

  /** The ids of every registered architecture. */
  public static List<String> ids() {
    return REGISTRY.ids();
  }

  /**
   * The architecture with this id (or class name).
   *
   * @throws bibench.BadInputException if none has that id; the message lists the known ids
   */
  public static Architecture byId(String id) {
    return REGISTRY.create(id);
  }
}
