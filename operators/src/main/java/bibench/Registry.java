package bibench;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds plug-ins of one kind (operators, architectures, tracks): first by short id among those
 * registered with {@link ServiceLoader} (the built-in ones and any a user adds to the class path
 * with a {@code META-INF/services} line), then by fully qualified class name. Every lookup returns
 * a new instance. An unknown id is a {@link BadInputException} that lists the known ids.
 *
 * @param <T> the plug-in type
 */
public final class Registry<T> {
  private final String kind;
  private final Class<T> type;
  private final Function<T, String> idOf;

  /**
   * @param kind what the plug-ins are called in messages, such as "operator"
   * @param type the service interface
   * @param idOf reads a plug-in's short id
   */
  public Registry(String kind, Class<T> type, Function<T, String> idOf) {
    this.kind = kind;
    this.type = type;
    this.idOf = idOf;
  }

  /** The ids of every registered plug-in, in registration order. */
  public List<String> ids() {
    return new ArrayList<>(providers().keySet());
  }

  /** A new instance of every registered plug-in, in registration order. */
  public List<T> all() {
    List<T> all = new ArrayList<>();
    for (ServiceLoader.Provider<T> provider : providers().values()) {
      all.add(provider.get());
    }
    return all;
  }

  /**
   * A new instance of the plug-in with this id (or class name).
   *
   * @throws BadInputException if nothing has that id; the message lists the known ids
   */
  public T create(String idOrClassName) {
    Map<String, ServiceLoader.Provider<T>> providers = providers();
    ServiceLoader.Provider<T> provider = providers.get(idOrClassName);
    if (provider != null) {
      return provider.get();
    }
    if (idOrClassName != null && idOrClassName.contains(".")) {
      return byClassName(idOrClassName, providers.keySet());
    }
    throw unknown(idOrClassName, providers.keySet());
  }

  /**
   * Loads the class without initializing it, checks that it is a {@code T}, and only then creates an
   * instance (which runs its static initializer): a class of the wrong type never runs code, and an
   * initializer or constructor that throws is bad input naming the class, not a crash.
   */
  private T byClassName(String name, Iterable<String> known) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Class<?> found;
    try {
      found = Class.forName(name, false, loader != null ? loader : Registry.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw unknown(name, known);
    } catch (LinkageError e) {
      throw new BadInputException(kind + " class " + name + " cannot be loaded (" + e + ")",
          "put the classes it needs on the class path", e);
    }
    if (!type.isAssignableFrom(found)) {
      throw new BadInputException(
          "class " + name + " does not implement " + type.getName(),
          "implement the interface, or use one of the " + kind + " ids: " + String.join(", ", known));
    }
    try {
      return type.cast(found.getDeclaredConstructor().newInstance());
    } catch (InvocationTargetException e) {
      throw new BadInputException(kind + " class " + name + " failed in its constructor (" + e.getCause() + ")",
          "fix the constructor; run with --stacktrace to see where it failed", e.getCause());
    } catch (ExceptionInInitializerError e) {
      throw new BadInputException(kind + " class " + name + " failed in its static initializer (" + e.getCause() + ")",
          "fix the initializer; run with --stacktrace to see where it failed", e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new BadInputException(
          kind + " class " + name + " cannot be instantiated (" + e + ")",
          "give it a public no-argument constructor", e);
    }
  }

  private BadInputException unknown(String id, Iterable<String> known) {
    return new BadInputException(
        "unknown " + kind + " '" + id + "'",
        "use one of: " + String.join(", ", known)
            + " (or the class name of a " + type.getSimpleName() + " on the class path)");
  }

  private Map<String, ServiceLoader.Provider<T>> providers() {
    Map<String, ServiceLoader.Provider<T>> byId = new LinkedHashMap<>();
    try {
      ServiceLoader.load(type).stream().forEach(p -> byId.putIfAbsent(idOf.apply(p.get()), p));
    } catch (java.util.ServiceConfigurationError | LinkageError e) {
      // a plug-in jar whose META-INF/services names a class it lacks, or a class for another JDK
      throw new BadInputException("a jar on the class path registers a " + kind + " that cannot be loaded: "
          + Excerpt.of(String.valueOf(e.getMessage())), "fix or remove that jar (from --plugins DIR or "
          + "BIBENCH_CLASSPATH): its META-INF/services/" + type.getName() + " must name classes it holds, compiled "
          + "for JDK 25 or older");
    }
    return byId;
  }
}
