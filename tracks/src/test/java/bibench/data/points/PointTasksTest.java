package bibench.data.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.data.Fixtures;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.catalog.Tasks;
import bibench.data.io.KnownFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic shapes, OFF meshes and the ModelNet40 layout. */
class PointTasksTest {

  private static final String CUBE = """
      OFF
      # a unit cube, six quads
      8 6 0
      0 0 0
      1 0 0
      1 1 0
      0 1 0
      0 0 1
      1 0 1
      1 1 1
      0 1 1
      4 0 3 2 1
      4 4 5 6 7
      4 0 1 5 4
      4 2 3 7 6
      4 1 2 6 5
      4 0 4 7 3 255 0 0
      """;

  private static double maxNorm(Split s, int sample) {
    int[] shape = s.sampleShape();
    int n = shape[1];
    double max = 0;
    float[] x = s.features();
    int o = sample * 3 * n;
    for (int i = 0; i < n; i++) {
      double px = x[o + i];
      double py = x[o + n + i];
      double pz = x[o + 2 * n + i];
      max = Math.max(max, Math.sqrt(px * px + py * py + pz * pz));
    }
    return max;
  }

  @Test
  void syntheticShapesAreNamedSyntheticDeterministicAndRoundRobin() {
    LoadOptions o = LoadOptions.defaults().withSyntheticPerClass(3, 1).withPointsPerCloud(256);
    TaskData a = Tasks.load("synthetic-shapes", DataSources.shippedOnly(), o);
    TaskData b = Tasks.load("synthetic-shapes", DataSources.shippedOnly(), o);
    TaskData c = Tasks.load("synthetic-shapes", DataSources.shippedOnly(), o.withSeed(1));
    assertTrue(a.synthetic());
    assertTrue(a.id().startsWith("synthetic"));
    assertEquals(24, a.train().size());
    assertEquals(8, a.test().size());
    assertArrayEquals(new int[] {3, 256}, a.train().sampleShape());
    assertEquals(a.train(), b.train());
    assertNotEquals(a.train(), c.train());
    assertNotEquals(a.train().head(8), a.test().renamed("train"));
    for (int i = 0; i < a.train().size(); i++) {
      assertEquals(i % 8, a.train().labels()[i]);
      // normalised to the unit sphere, then jittered by 0.02 per coordinate
      assertEquals(1.0, maxNorm(a.train(), i), 0.1);
    }
    assertEquals(List.of("sphere", "cube", "cylinder", "cone", "torus", "pyramid", "capsule",
        "disc"), a.classNames());
  }

  @Test
  void syntheticShapesDoNotDependOnTheLimit() {
    Split all = SyntheticShapesTask.generate("train", 0, 16, 64, 5);
    Split few = SyntheticShapesTask.generate("train", 0, 5, 64, 5);
    assertEquals(all.head(5), few);
  }

  @Test
  void anOffCubeHasTwelveTrianglesOfTotalAreaSix() {
    OffMesh m = OffMesh.parse(CUBE.getBytes(StandardCharsets.US_ASCII), "cube.off");
    assertEquals(24, m.vertices().length);
    assertEquals(36, m.triangles().length);
    double area = 0;
    for (int t = 0; t < 12; t++) {
      area += m.area(t);
    }
    assertEquals(6, area, 1e-12);
    for (double[] p : m.sample(500, new SplittableRandom(1), "cube.off")) {
      double minDist = Math.min(
          Math.min(Math.min(p[0], 1 - p[0]), Math.min(p[1], 1 - p[1])),
          Math.min(p[2], 1 - p[2]));
      assertEquals(0, minDist, 1e-9);
    }
  }

  @Test
  void samplingIsAreaWeighted() {
    // Triangle A has area 0.5, triangle B (x >= 2) area 1.5.
    String off = "OFF\n6 2 0\n0 0 0\n1 0 0\n0 1 0\n2 0 0\n5 0 0\n2 1 0\n3 0 1 2\n3 3 4 5\n";
    OffMesh m = OffMesh.parse(off.getBytes(StandardCharsets.US_ASCII), "two.off");
    int inB = 0;
    for (double[] p : m.sample(20_000, new SplittableRandom(3), "two.off")) {
      inB += p[0] >= 2 ? 1 : 0;
    }
    assertEquals(0.75, inB / 20_000.0, 0.015);
  }

  @Test
  void modelNetsGluedHeaderIsAccepted() {
    String off = "OFF3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n";
    assertEquals(3, OffMesh.parse(off.getBytes(StandardCharsets.US_ASCII), "x").triangles().length);
  }

  @Test
  void badMeshesAreNamed() {
    BadInputException header = assertThrows(BadInputException.class,
        () -> OffMesh.parse("PLY\n".getBytes(StandardCharsets.US_ASCII), "/d/a.off"));
    assertTrue(header.getMessage().contains("/d/a.off"), header.getMessage());
    assertTrue(header.getMessage().contains("header OFF"), header.getMessage());
    BadInputException index = assertThrows(BadInputException.class, () -> OffMesh.parse(
        "OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 7\n".getBytes(StandardCharsets.US_ASCII), "b.off"));
    assertTrue(index.getMessage().contains("face 0 uses vertex 7 of 3"), index.getMessage());
    BadInputException cut = assertThrows(BadInputException.class, () -> OffMesh.parse(
        "OFF\n3 1 0\n0 0 0\n1 0".getBytes(StandardCharsets.US_ASCII), "c.off"));
    assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
  }

  @Test
  void modelNetLayoutLoadsClassesSortedAndCloudsNormalised(@TempDir Path dir) {
    String tetra = "OFF\n4 4 0\n0 0 0\n3 0 0\n0 3 0\n0 0 3\n3 0 1 2\n3 0 1 3\n3 0 2 3\n3 1 2 3\n";
    for (String cls : List.of("chair", "bed")) {
      String mesh = cls.equals("bed") ? tetra : CUBE;
      for (int i = 0; i < 3; i++) {
        Fixtures.write(dir, "ModelNet40/" + cls + "/train/" + cls + "_000" + i + ".off", mesh);
      }
      Fixtures.write(dir, "ModelNet40/" + cls + "/test/" + cls + "_0100.off", mesh);
    }
    DataSources src = DataSources.of(dir, null, null, false).withKnownFiles(KnownFiles.of(List.of()));
    TaskData d = Tasks.load("modelnet40", src, LoadOptions.defaults().withPointsPerCloud(128)
        .withLimits(4, 10));
    assertEquals(List.of("bed", "chair"), d.classNames());
    assertEquals(4, d.train().size());
    assertEquals(2, d.test().size());
    assertArrayEquals(new int[] {3, 128}, d.train().sampleShape());
    for (int i = 0; i < 4; i++) {
      assertEquals(1.0, maxNorm(d.train(), i), 1e-6);
    }
  }

  @Test
  void modelNetWithoutTestMeshesNamesTheEmptySplit(@TempDir Path dir) {
    Fixtures.write(dir, "ModelNet40/chair/train/chair_0001.off", CUBE);
    DataSources src = DataSources.of(dir, null, null, false).withKnownFiles(KnownFiles.of(List.of()));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("modelnet40", src, LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("the test split is empty"), e.getMessage());
  }
}
