package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --plugins puts a folder's jars on the class path: their services lines make plug-ins findable by id. */
class PluginsTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void anOperatorInAPluginJarIsListedAndFoundById() throws IOException {
    String before = run("list", "operators")[1];
    assertFalse(before.contains("plugin-bnn"), "not registered without the plug-in");
    Path plugins = dir.resolve("plugins");
    Files.createDirectories(plugins);
    try (OutputStream file = Files.newOutputStream(plugins.resolve("mine.jar"));
        JarOutputStream jar = new JarOutputStream(file)) {
      jar.putNextEntry(new JarEntry("META-INF/services/bibench.operators.BinaryOperator"));
      jar.write((PluginOperator.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    String[] listed = run("list", "operators", "--plugins", plugins.toString());
    assertEquals("0", listed[0], listed[2]);
    assertTrue(listed[1].contains("plugin-bnn") && listed[1].contains("Plug-in BNN"), listed[1]);
    assertFalse(run("list", "operators")[1].contains("plugin-bnn"), "a command leaves no plug-in to the next");
    String[] summary = run("summary", "mlp", "--operator", "plugin-bnn", "--input", "1,8,8", "--plugins", plugins.toString());
    assertEquals("0", summary[0], summary[2]);
  }

  @Test
  void aFolderWithoutJarsIsOneClearError() throws IOException {
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    String[] r = run("list", "operators", "--plugins", empty.toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].startsWith("error: --plugins " + empty + " holds no .jar file"), r[2]);
    String[] missing = run("list", "operators", "--plugins", dir.resolve("nope").toString());
    assertEquals("2", missing[0]);
    assertTrue(missing[2].contains("is not a folder"), missing[2]);
  }
}
