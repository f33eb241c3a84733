package bibench.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdxFileTest {

  private static final byte[] PIXELS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255};

  @Test
  void readsPlainAndGzipImages() {
    byte[] file = Fixtures.idxImages(3, 2, 2, PIXELS);
    for (byte[] bytes : new byte[][] {file, Fixtures.gzip(file)}) {
      IdxFile.Images img = IdxFile.readImages(new ByteArrayInputStream(bytes), "x");
      assertEquals(3, img.count());
      assertEquals(2, img.rows());
      assertEquals(2, img.cols());
      assertArrayEquals(PIXELS, img.pixels());
    }
  }

  @Test
  void readsLabels() {
    byte[] file = Fixtures.gzip(Fixtures.idxLabels(new byte[] {3, 0, 9}));
    assertArrayEquals(new int[] {3, 0, 9},
        IdxFile.readLabels(new ByteArrayInputStream(file), "x", 10));
  }

  @Test
  void aWrongMagicNumberIsNamed() {
    byte[] labels = Fixtures.idxLabels(new byte[] {1});
    BadInputException e = assertThrows(BadInputException.class,
        () -> IdxFile.readImages(new ByteArrayInputStream(labels), "/d/train-images"));
    assertTrue(e.getMessage().contains("/d/train-images"), e.getMessage());
    assertTrue(e.getMessage().contains("0x00000801"), e.getMessage());
  }

  @Test
  void aTruncatedFileSaysHowManyBytesAreMissing() {
    byte[] file = Fixtures.idxImages(3, 2, 2, PIXELS);
    byte[] cut = Arrays.copyOf(file, file.length - 5);
    BadInputException e = assertThrows(BadInputException.class,
        () -> IdxFile.readImages(new ByteArrayInputStream(cut), "/d/imgs"));
    assertTrue(e.getMessage().contains("3 images of 2x2 (12 bytes) but only 7 bytes follow"),
        e.getMessage());
    byte[] gzCut = Arrays.copyOf(Fixtures.gzip(file), 20);
    BadInputException gz = assertThrows(BadInputException.class,
        () -> IdxFile.readImages(new ByteArrayInputStream(gzCut), "/d/imgs.gz"));
    assertTrue(gz.getMessage().contains("/d/imgs.gz"), gz.getMessage());
  }

  @Test
  void extraBytesAreAnError() {
    byte[] file = Fixtures.idxImages(3, 2, 2, PIXELS);
    byte[] longer = Arrays.copyOf(file, file.length + 4);
    BadInputException e = assertThrows(BadInputException.class,
        () -> IdxFile.readImages(new ByteArrayInputStream(longer), "/d/imgs"));
    assertTrue(e.getMessage().contains("4 more bytes follow"), e.getMessage());
  }

  @Test
  void aLabelOutsideTheClassesIsAnError() {
    byte[] file = Fixtures.idxLabels(new byte[] {1, 12});
    BadInputException e = assertThrows(BadInputException.class,
        () -> IdxFile.readLabels(new ByteArrayInputStream(file), "/d/labels", 10));
    assertTrue(e.getMessage().contains("label 12 of item 1"), e.getMessage());
  }

  @Test
  void anEmptyFileIsTruncated() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> IdxFile.readLabels(new ByteArrayInputStream(new byte[0]), "/d/labels", 10));
    assertTrue(e.getMessage().contains("header"), e.getMessage());
  }
}
