package bibench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.DataLocation.Origin;
import bibench.data.catalog.Tasks;
import bibench.data.io.DiskFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {

  @Test
  void theExplicitDirectoryComesFirstThenTheEnvironmentThenTheSystemDirectory(@TempDir Path tmp)
      throws Exception {
    Path explicit = Files.createDirectories(tmp.resolve("explicit"));
    Path env = Files.createDirectories(tmp.resolve("env"));
    Path system = Files.createDirectories(tmp.resolve("system"));
    Files.createDirectories(env.resolve("fsdd"));
    Files.createDirectories(system.resolve("fsdd"));
    Files.createDirectories(system.resolve("fashion-mnist"));
    Files.createDirectories(explicit.resolve("glue-cola"));
    DataSources s = DataSources.of(explicit, env.toString(), system, true);

    DataLocation fsdd = Tasks.locate("fsdd", s);
    assertEquals(Origin.ENVIRONMENT, fsdd.origin());
    assertEquals(env.resolve("fsdd"), ((DiskFolder) fsdd.folder()).root());
    assertEquals(Origin.SYSTEM, Tasks.locate("fashion-mnist", s).origin());
    assertEquals(Origin.DATA_DIR, Tasks.locate("cola", s).origin());
    assertTrue(Tasks.locate("cola", s).describe().contains("--data-dir"));
  }

  @Test
  void alternativeFolderNamesAreTried(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("cifar-10-batches-bin"));
    Files.createDirectories(tmp.resolve("speech_commands_v0.01"));
    DataSources s = DataSources.of(tmp, null, null, false);
    assertEquals("cifar-10-batches-bin", Tasks.locate("cifar10", s).folder().setName());
    assertEquals("speech_commands_v0.01", Tasks.locate("speech-commands", s).folder().setName());
  }

  @Test
  void shippedSetsAreTheLastResortAndSaySo(@TempDir Path tmp) {
    DataSources s = DataSources.of(tmp, null, null, true);
    DataLocation where = Tasks.locate("fashion-mnist", s);
    assertEquals(Origin.SHIPPED, where.origin());
    assertTrue(where.shipped());
    assertTrue(where.describe().contains("subset"), where.describe());
  }

  @Test
  void generatedTasksNeedNoFolder() {
    DataLocation where = Tasks.locate("synthetic-shapes", DataSources.shippedOnly());
    assertEquals(Origin.GENERATED, where.origin());
    assertNull(where.folder());
  }

  @Test
  void aSetFoundNowhereIsOneMessageNamingTheFoldersSearchedAndHowToGetIt(@TempDir Path tmp) {
    DataSources s = DataSources.of(tmp, null, null, true);
    BadInputException e = assertThrows(BadInputException.class, () -> Tasks.locate("cifar10", s));
    String m = e.getMessage();
    assertTrue(m.contains("cifar10-jpg or cifar-10-batches-bin"), m);
    assertTrue(m.contains(tmp.toAbsolutePath().toString()), m);
    assertTrue(m.contains("does not ship"), m);
    assertTrue(m.contains("cifar-10-binary.tar.gz"), m);
    assertTrue(m.contains("BIBENCH_DATA"), m);
  }

  @Test
  void aMissingExplicitDirectoryIsAnError(@TempDir Path tmp) {
    Path nowhere = tmp.resolve("nowhere");
    BadInputException e = assertThrows(BadInputException.class,
        () -> DataSources.of(nowhere, null, null, true));
    assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
    BadInputException env = assertThrows(BadInputException.class,
        () -> DataSources.of(null, nowhere.toString(), null, true));
    assertTrue(env.getMessage().contains("BIBENCH_DATA"), env.getMessage());
  }

  @Test
  void anAbsentSystemDirectoryIsSkipped(@TempDir Path tmp) {
    DataSources s = DataSources.of(null, "", tmp.resolve("absent"), true);
    assertTrue(s.roots().isEmpty());
    assertEquals(Origin.SHIPPED, Tasks.locate("optdigits", s).origin());
  }
}
