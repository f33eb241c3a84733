package bibench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bibench.data.DataLocation.Origin;
import bibench.data.catalog.Tasks;
import bibench.data.image.IdxFile;
import bibench.data.io.ClasspathFolder;
import bibench.data.io.KnownFiles;
import bibench.data.io.TarArchive;
import bibench.data.tools.MakeShippedSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration test against the real sets of the development machine and CI, {@code
 * ../shared/data} seen from the project root (the first {@code shared/data} found walking up from
 * the module directory, so git worktrees find it too). Skipped when absent.
 */
class SharedDataTest {

  private static Path shared;

  @BeforeAll
  static void findSharedData() {
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/data"))) {
        shared = p.resolve("shared/data");
        return;
      }
    }
  }

  private static DataSources sources() {
    assumeTrue(shared != null, "no shared/data above " + Paths.get("").toAbsolutePath()
        + ": the integration test needs the development data sets");
    return DataSources.of(shared, null, null, false);
  }

  @Test
  void everyTaskLoadsASmallSliceFromTheSharedData() {
    DataSources src = sources();
    for (String id : Tasks.ids()) {
      if (id.equals("modelnet40") && src.roots().stream()
          .noneMatch(r -> Files.isDirectory(r.dir().resolve("ModelNet40")))) {
        continue; // not among the shared sets
      }
      TaskData d = Tasks.load(id, src, LoadOptions.defaults().withLimits(100, 50));
      assertEquals(100, d.train().size(), id);
      assertTrue(d.test().size() > 0 && d.test().size() <= 50, id);
      if (!Tasks.info(id).synthetic()) { // generated tasks need no data
        assertEquals(Origin.DATA_DIR, Tasks.locate(id, src).origin(), id);
        assertTrue(d.source().contains(shared.toString()), d.source());
      }
    }
  }

  @Test
  void fullSplitsHaveTheirPublishedSizes() {
    DataSources src = sources();
    LoadOptions all = LoadOptions.defaults();
    TaskData fsdd = Tasks.load("fsdd", src, all);
    assertEquals(2700, fsdd.train().size()); // 6 speakers x 10 digits x indices 5..49
    assertEquals(300, fsdd.test().size());
    TaskData sc = Tasks.load("speech-commands", src, all);
    assertEquals(30, sc.classes());
    assertEquals(51, sc.test().size()); // SOURCE.txt: 51 of 300 in the testing list
    assertEquals(300 - 51 - 44, sc.train().size());
    TaskData cola = Tasks.load("cola", src, all);
    assertEquals(8551, cola.train().size());
    assertEquals(527, cola.test().size());
    TaskData mrpc = Tasks.load("mrpc", src, all);
    assertEquals(4076, mrpc.train().size() + mrpc.test().size());
    // 1,323 negative and 2,753 positive pairs: round(132.3) + round(275.3) held out
    assertEquals(132 + 275, mrpc.test().size());
    TaskData sst2 = Tasks.load("sst2", src, all);
    assertEquals(67_349, sst2.train().size());
    assertEquals(872, sst2.test().size());
  }

  @Test
  void everyKnownFileOfTheSharedDataMatchesTheTable() throws IOException {
    sources();
    int checked = 0;
    for (KnownFiles.Entry e : KnownFiles.bundled().entries()) {
      Path file = shared.resolve(e.key());
      if (!Files.isDirectory(shared.resolve(e.key().substring(0, e.key().indexOf('/'))))) {
        continue; // a shipped-only folder name
      }
      assertEquals(e.size(), Files.size(file), e.key());
      try (InputStream in = Files.newInputStream(file)) {
        assertTrue(e.matches(KnownFiles.sha256(in)), e.key());
      }
      checked++;
    }
    assertTrue(checked > 13_000, "checked " + checked);
  }

  @Test
  void theShippedSubsetsFollowTheirDocumentedRule(@TempDir Path tmp) throws IOException {
    sources();
    MakeShippedSets.fashion(shared.resolve("fashion-mnist"), tmp, "train", 400);
    MakeShippedSets.fsdd(shared.resolve("fsdd/recordings"), tmp.resolve("rec.tar.gz"));
    ClasspathFolder fashion = new ClasspathFolder("fashion-mnist-subset", "", KnownFiles.bundled());
    try (InputStream made = Files.newInputStream(tmp.resolve("train-images-idx3-ubyte.gz"));
        InputStream shipped = fashion.open("train-images-idx3-ubyte.gz")) {
      assertArrayEquals(IdxFile.readImages(made, "made").pixels(),
          IdxFile.readImages(shipped, "shipped").pixels());
    }
    TarArchive made = TarArchive.ofBytes("made",
        new java.util.zip.GZIPInputStream(Files.newInputStream(tmp.resolve("rec.tar.gz")))
            .readAllBytes());
    TarArchive shipped = TarArchive.open(
        new ClasspathFolder("fsdd-subset", "", KnownFiles.bundled()), "recordings.tar.gz");
    assertEquals(names(made), names(shipped));
    assertEquals(480, names(shipped).size());
    List<byte[]> a = made.read(made.entries());
    List<byte[]> b = shipped.read(shipped.entries());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i), b.get(i));
    }
    long wavs;
    try (Stream<Path> s = Files.list(shared.resolve("fsdd/recordings"))) {
      wavs = s.count();
    }
    assertEquals(3000, wavs);
  }

  private static List<String> names(TarArchive tar) {
    List<String> out = new ArrayList<>();
    tar.entries().forEach(e -> out.add(e.name()));
    return out;
  }
}
