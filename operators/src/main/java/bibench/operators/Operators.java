package bibench.operators;

import bibench.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds operators: first by short id among those registered with {@link ServiceLoader} (the nine
 * built-in ones and any a user adds to the class path), then by fully qualified class name. Every
 * call returns a new instance, since an operator holds its model's epoch state.
 */
public final class Operators {
  private Operators() {}

  /** The ids of every registered operator, in registration order. */
  public static List<String> ids() {
    return new ArrayList<>(providers().keySet());
  }

  /** A new instance of every registered operator, in registration order. */
  public static List<BinaryOperator> all() {
    List<BinaryOperator> all = new ArrayList<>();
    for (String id : ids()) {
      all.add(create(id));
    }
    return all;
  }

  /**
   * A new instance of the operator with this id (or class name).
   *
   * @throws BadInputException if no operator has that id; the message lists the known ids
   */
  public static BinaryOperator create(String idOrClassName) {
    Map<String, ServiceLoader.Provider<BinaryOperator>> providers = providers();
    ServiceLoader.Provider<BinaryOperator> provider = providers.get(idOrClassName);
    if (provider != null) {
      return provider.get();
    }
    if (idOrClassName != null && idOrClassName.contains(".")) {
      return byClassName(idOrClassName, providers.keySet());
    }
    throw unknown(idOrClassName, providers.keySet());
  }

  private static BinaryOperator byClassName(String name, Iterable<String> known) {
    try {
      Class<?> type = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
      if (!BinaryOperator.class.isAssignableFrom(type)) {
        throw new BadInputException(
            "class " + name + " does not implement " + BinaryOperator.class.getName(),
            "implement the interface, or use one of the operator ids: " + String.join(", ", known));
      }
      return (BinaryOperator) type.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw unknown(name, known);
    } catch (ReflectiveOperationException e) {
      throw new BadInputException(
          "operator class " + name + " cannot be instantiated (" + e + ")",
          "give it a public no-argument constructor", e);
    }
  }

  private static BadInputException unknown(String id, Iterable<String> known) {
    return new BadInputException(
        "unknown operator '" + id + "'",
        "use one of: " + String.join(", ", known)
            + " (or the class name of a BinaryOperator on the class path)");
  }

  private static Map<String, ServiceLoader.Provider<BinaryOperator>> providers() {
    Map<String, ServiceLoader.Provider<BinaryOperator>> byId = new LinkedHashMap<>();
    ServiceLoader.load(BinaryOperator.class).stream()
        .forEach(provider -> byId.putIfAbsent(provider.get().id(), provider));
    return byId;
  }
}
