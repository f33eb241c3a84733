package bibench.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fashion-MNIST and optdigits from small files the test writes. */
class ImageTasksTest {

  private static DataSources in(Path dir) {
    return DataSources.of(dir, null, null, false).withKnownFiles(KnownFiles.of(List.of()));
  }

  /** Image i of the fixture has every pixel equal to 10 * i + label. */
  private static void writeIdx(Path dir, String prefix, int count, boolean gzip) {
    byte[] px = new byte[count * 784];
    byte[] y = new byte[count];
    for (int i = 0; i < count; i++) {
      y[i] = (byte) (i % 10);
      java.util.Arrays.fill(px, i * 784, (i + 1) * 784, (byte) (10 * i + y[i]));
    }
    byte[] images = Fixtures.idxImages(count, 28, 28, px);
    byte[] labels = Fixtures.idxLabels(y);
    String ext = gzip ? ".gz" : "";
    Fixtures.write(dir, "fashion-mnist/" + prefix + "-images-idx3-ubyte" + ext,
        gzip ? Fixtures.gzip(images) : images);
    Fixtures.write(dir, "fashion-mnist/" + prefix + "-labels-idx1-ubyte" + ext,
        gzip ? Fixtures.gzip(labels) : labels);
  }

  @Test
  void fashionMnistPixelsAreScaledToUnitRange(@TempDir Path dir) {
    writeIdx(dir, "train", 20, true);
    writeIdx(dir, "t10k", 10, false);
    TaskData d = Tasks.load("fashion-mnist", in(dir), LoadOptions.defaults());
    assertEquals(20, d.train().size());
    assertEquals(10, d.test().size());
    assertArrayEquals(new int[] {1, 28, 28}, d.train().sampleShape());
    Split tr = d.train();
    for (int s = 0; s < tr.size(); s++) {
      float v = tr.features()[s * 784 + 391];
      int label = tr.labels()[s];
      int i = Math.round(v * 255) - label; // 10 * original index
      assertEquals(0, i % 10);
      assertEquals(label, (i / 10) % 10);
      assertEquals((10 * (i / 10) + label) / 255f, v, 1e-7);
    }
  }

  @Test
  void aMissingLabelFileIsNamedWithItsGzipName(@TempDir Path dir) {
    writeIdx(dir, "train", 20, true);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("fashion-mnist", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte.gz is missing"), e.getMessage());
    assertTrue(e.getMessage().contains("dataset-fashion-mnist"), e.getMessage());
  }

  @Test
  void mismatchedImageAndLabelCountsAreAnError(@TempDir Path dir) {
    writeIdx(dir, "train", 20, true);
    writeIdx(dir, "t10k", 10, true);
    Fixtures.write(dir, "fashion-mnist/t10k-labels-idx1-ubyte.gz",
        Fixtures.gzip(Fixtures.idxLabels(new byte[] {1, 2, 3})));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("fashion-mnist", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("10 images but"), e.getMessage());
  }

  @Test
  void optdigitsParsesPixelsAndLabels() {
    StringBuilder line = new StringBuilder();
    for (int j = 0; j < 64; j++) {
      line.append(j % 17).append(',');
    }
    line.append("7\n");
    Split s = OptdigitsTask.parse(line + line.toString().replace(",7\n", ",3\n"), "x");
    assertEquals(2, s.size());
    assertArrayEquals(new int[] {7, 3}, s.labels());
    assertEquals(16 / 16f, s.features()[16]);
    assertEquals(5 / 16f, s.features()[64 + 5]);
  }

  @Test
  void aBadOptdigitsLineIsNamedByNumber() {
    String good = "0,".repeat(64) + "1\n";
    String bad = "0,".repeat(63) + "1\n";
    BadInputException e = assertThrows(BadInputException.class,
        () -> OptdigitsTask.parse(good + good + bad, "/d/digits.csv.gz"));
    assertTrue(e.getMessage().contains("/d/digits.csv.gz line 3 has 64 values"), e.getMessage());
    BadInputException range = assertThrows(BadInputException.class,
        () -> OptdigitsTask.parse("17," + "0,".repeat(63) + "1\n", "/d/digits.csv.gz"));
    assertTrue(range.getMessage().contains("pixel 1 = 17"), range.getMessage());
  }

  @Test
  void optdigitsSplitsAFileItReadsFromADataDirectory(@TempDir Path dir) {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      csv.append("1,".repeat(64)).append(i % 10).append('\n');
    }
    Fixtures.write(dir, "optdigits/digits.csv.gz",
        Fixtures.gzip(csv.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    TaskData d = Tasks.load("optdigits", in(dir), LoadOptions.defaults());
    assertEquals(40, d.train().size()); // 5 per class, round(5 * 0.2) = 1 held out
    assertEquals(10, d.test().size());
  }
}
