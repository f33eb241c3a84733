package bibench.harness.cli;

import bibench.BadInputException;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plug-ins from outside the project ({@code --plugins DIR}): every jar in the folder joins the class
 * path, so an operator, architecture or track of your own is found by its id through its
 * META-INF/services line, exactly like the built-in ones. The jars are put on a class loader that
 * becomes the thread's context loader (what {@link bibench.Registry} and ServiceLoader search), and
 * appended to {@code java.class.path}, which the processes a run starts (worker JVMs, JMH forks)
 * are given, so they load the same classes from their start.
 */
final class Plugins {
  private Plugins() {}

  /** Puts the jars of {@code dir} on the class path of this and every child process. */
  static void install(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("--plugins " + dir + " is not a folder",
          "give the folder that holds your plug-in jars (for example samples/external-operator/target)");
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(dir)) {
      jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException("cannot list --plugins " + dir + ": " + e.getMessage(), "check the folder's permissions");
    }
    if (jars.isEmpty()) {
      throw new BadInputException("--plugins " + dir + " holds no .jar file", "put your plug-in jars in it");
    }
    List<URL> urls = new ArrayList<>();
    StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path", ""));
    for (Path jar : jars) {
      try (java.util.jar.JarFile opened = new java.util.jar.JarFile(jar.toFile())) {
        opened.size(); // a jar that is not a zip archive would be skipped by the class loader in silence
      } catch (IOException | SecurityException e) {
        throw new BadInputException("--plugins: " + jar + " is not a readable jar (" + bibench.Excerpt.of(
            String.valueOf(e.getMessage())) + ")", "rebuild it (mvn package) or remove it from " + dir);
      }
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new BadInputException("--plugins: cannot use " + jar, "rename it to a plain file name");
      }
      if (!classPath.toString().contains(jar.toAbsolutePath().toString())) {
        classPath.append(File.pathSeparator).append(jar.toAbsolutePath());
      }
    }
    ClassLoader parent = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(new URLClassLoader(urls.toArray(URL[]::new), parent));
    System.setProperty("java.class.path", classPath.toString());
  }
}
