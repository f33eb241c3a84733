package bibench.tracks;

import bibench.operators.BinaryOperator;
import bibench.train.ModelTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the code that builds and trains models: the compiled classes of the training loop
 * ({@code bibench.train}), the architectures ({@code bibench.models}) and the training side of the
 * operators ({@code bibench.operators}, without the deployment kernels), plus every class of a
 * plug-in's jar or folder when an architecture comes from outside the project. A checkpoint trained
 * by other code is never reused: any change to these classes changes the hash, while changes
 * elsewhere (reports, the CLI, kernels) keep the cache valid.
 */
public final class TrainingCode {
  /** Class-file prefixes of the project's own training code. */
  private static final List<String> OWN_PREFIXES = List.of("bibench/train/", "bibench/models/", "bibench/operators/");

  /** Prefixes inside those that do not affect training. */
  private static final List<String> EXCLUDED = List.of("bibench/operators/deploy/");

  private static final Map<Path, String> BY_LOCATION = new ConcurrentHashMap<>();

  private TrainingCode() {}

  /**
   * The hash of the training code, including the code location of {@code pluginClasses} that are
   * not part of the project (an architecture or operator from a user's jar).
   */
  public static String hash(Class<?>... pluginClasses) {
    List<Path> locations = new ArrayList<>(List.of(location(ModelTrainer.class), location(BinaryOperator.class)));
    MessageDigest digest = Hashes.sha256();
    for (Path own : locations) {
      digest.update(BY_LOCATION.computeIfAbsent(own, p -> hashLocation(p, true)).getBytes());
    }
    for (Class<?> plugin : pluginClasses) {
      Path where = location(plugin);
      if (where != null && !locations.contains(where)) {
        locations.add(where);
        digest.update(BY_LOCATION.computeIfAbsent(where, p -> hashLocation(p, false)).getBytes());
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static Path location(Class<?> type) {
    try {
      var source = type.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | SecurityException e) {
      return null;
    }
  }

  /** Hashes the class files under {@code root} (a folder or a jar), sorted by name. */
  static String hashLocation(Path root, boolean ownCodeOnly) {
    if (root == null) {
      return "unknown";
    }
    TreeMap<String, byte[]> classes = new TreeMap<>();
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (relevant(name, ownCodeOnly)) {
              classes.put(name, Files.readAllBytes(file));
            }
          }
        }
      } else if (Files.isRegularFile(root)) {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            if (entry.getName().endsWith(".class") && relevant(entry.getName(), ownCodeOnly)) {
              try (InputStream in = jar.getInputStream(entry)) {
                classes.put(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the training code in " + root, e);
    }
    MessageDigest digest = Hashes.sha256();
    classes.forEach((name, bytes) -> {
      digest.update(name.getBytes());
      digest.update(bytes);
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  private static boolean relevant(String name, boolean ownCodeOnly) {
    if (!ownCodeOnly) {
      return true;
    }
    return OWN_PREFIXES.stream().anyMatch(name::startsWith) && EXCLUDED.stream().noneMatch(name::startsWith);
  }
}
