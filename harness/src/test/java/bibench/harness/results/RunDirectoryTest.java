package bibench.harness.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  @TempDir Path root;

  @Test
  void runsStartedInTheSameSecondGetTheirOwnFolders() {
    Set<Path> dirs = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      RunDirectory run = RunDirectory.createNew(root, "abc1234");
      assertTrue(Files.isDirectory(run.dir()), run.dir().toString());
      dirs.add(run.dir());
    }
    assertEquals(5, dirs.size(), dirs.toString());
  }
}
