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
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10TaskTest {

  private static DataSources in(Path dir) {
    return DataSources.of(dir, null, null, false).withKnownFiles(KnownFiles.of(List.of()));
  }

  /** Records whose red plane is 10 * label, green 20, blue 30 + label. */
  private static byte[] batch(int... labels) {
    byte[] b = new byte[labels.length * 3073];
    for (int i = 0; i < labels.length; i++) {
      int o = i * 3073;
      b[o] = (byte) labels[i];
      for (int p = 0; p < 1024; p++) {
        b[o + 1 + p] = (byte) (10 * labels[i]);
        b[o + 1 + 1024 + p] = 20;
        b[o + 1 + 2048 + p] = (byte) (30 + labels[i]);
      }
    }
    return b;
  }

  private static void writeBinary(Path dir) {
    for (int k = 1; k <= 5; k++) {
      Fixtures.write(dir, "cifar-10-batches-bin/data_batch_" + k + ".bin", batch(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }
    Fixtures.write(dir, "cifar-10-batches-bin/test_batch.bin", batch(9, 8, 7));
  }

  @Test
  void binaryRecordsAreChannelMajorInUnitRange(@TempDir Path dir) {
    writeBinary(dir);
    TaskData d = Tasks.load("cifar10", in(dir), LoadOptions.defaults());
    assertEquals(50, d.train().size());
    assertEquals(3, d.test().size());
    assertArrayEquals(new int[] {3, 32, 32}, d.train().sampleShape());
    Split te = d.test();
    for (int s = 0; s < te.size(); s++) {
      int y = te.labels()[s];
      assertEquals(10 * y / 255f, te.features()[s * 3072 + 5]);
      assertEquals(20 / 255f, te.features()[s * 3072 + 1024 + 5]);
      assertEquals((30 + y) / 255f, te.features()[s * 3072 + 2048 + 1023]);
    }
    assertEquals("airplane", d.classNames().get(0));
    assertEquals("truck", d.classNames().get(9));
  }

  @Test
  void aBinaryFileOfTheWrongLengthIsOneClearError(@TempDir Path dir) {
    writeBinary(dir);
    Fixtures.write(dir, "cifar-10-batches-bin/data_batch_3.bin", new byte[3073 * 2 + 10]);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("cifar10", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("data_batch_3.bin has 6,156 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("3073-byte records"), e.getMessage());
  }

  @Test
  void aBinaryLabelAboveNineIsAnError(@TempDir Path dir) {
    writeBinary(dir);
    Fixtures.write(dir, "cifar-10-batches-bin/test_batch.bin", batch(3, 11));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("cifar10", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("record 1 has label 11"), e.getMessage());
  }

  private static byte[] jpeg(Color c) throws IOException {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, 32, 32);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  private static final List<String> CLASSES = Cifar10Task.CLASSES;

  /** Class k is a flat grey of level 20 * k + 20 (JPEG keeps flat colours within a step or two). */
  private static Color colour(int k) {
    int v = 20 * k + 20;
    return new Color(v, 255 - v, 128);
  }

  @Test
  void jpegFoldersAndAPackedTrainTarLoadWithALimit(@TempDir Path dir) throws IOException {
    Fixtures.TarBuilder tar = new Fixtures.TarBuilder().directory("train");
    for (int k = 0; k < 10; k++) {
      for (int i = 0; i < 4; i++) {
        String name = String.format("%s/%04d.jpg", CLASSES.get(k), i);
        tar.file("train/" + name, jpeg(colour(k)));
        if (i < 2) {
          Fixtures.write(dir, "cifar10-jpg/test/" + name, jpeg(colour(k)));
        }
      }
    }
    Fixtures.write(dir, "cifar10-jpg/train.tar", tar.build());
    TaskData d = Tasks.load("cifar10", in(dir), LoadOptions.defaults().withLimits(20, 100));
    assertEquals(20, d.train().size());
    assertEquals(20, d.test().size());
    int[] perClass = new int[10];
    for (Split s : List.of(d.train(), d.test())) {
      for (int i = 0; i < s.size(); i++) {
        int k = s.labels()[i];
        if (s == d.train()) {
          perClass[k]++;
        }
        Color c = colour(k);
        assertEquals(c.getRed() / 255f, s.features()[i * 3072 + 100], 3 / 255f);
        assertEquals(c.getGreen() / 255f, s.features()[i * 3072 + 1024 + 100], 3 / 255f);
        assertEquals(c.getBlue() / 255f, s.features()[i * 3072 + 2048 + 100], 3 / 255f);
      }
    }
    assertArrayEquals(new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, perClass);
  }

  @Test
  void aStrayFolderAndABrokenJpegAreNamed(@TempDir Path dir) throws IOException {
    Fixtures.write(dir, "cifar10-jpg/train/cat/0001.jpg", jpeg(Color.RED));
    Fixtures.write(dir, "cifar10-jpg/test/cat/0001.jpg", jpeg(Color.RED));
    Fixtures.write(dir, "cifar10-jpg/test/kitten/0002.jpg", jpeg(Color.RED));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("cifar10", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("'kitten', which is not a CIFAR-10 class"), e.getMessage());

    java.nio.file.Files.delete(dir.resolve("cifar10-jpg/test/kitten/0002.jpg"));
    byte[] broken = java.util.Arrays.copyOf(jpeg(Color.RED), 40);
    Fixtures.write(dir, "cifar10-jpg/test/cat/0001.jpg", broken);
    BadInputException j = assertThrows(BadInputException.class,
        () -> Tasks.load("cifar10", in(dir), LoadOptions.defaults()));
    assertTrue(j.getMessage().contains("test/cat/0001.jpg"), j.getMessage());
  }

  @Test
  void neitherTrainFolderNorTarIsAClearError(@TempDir Path dir) throws IOException {
    Fixtures.write(dir, "cifar10-jpg/test/cat/0001.jpg", jpeg(Color.RED));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("cifar10", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("train.tar"), e.getMessage());
  }
}
