package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bibench.BadInputException;
import bibench.data.Split;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorruptionSheetTest {

  private static Split split(int c, int h, int w, int n) {
    int per = c * h * w;
    float[] x = new float[n * per];
    for (int i = 0; i < n; i++) {
      System.arraycopy(TestImages.textured(c, h, w).data(), 0, x, i * per, per);
    }
    return new Split("test", x, new int[n], c == 1 && h == 8 ? new int[] {h, w} : new int[] {c, h, w});
  }

  @Test
  void colourSheetIsAReadablePngOfTheDocumentedSize(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("sheets/cifar.png");
    List<Corruption> rows = Corruptions.required();
    CorruptionSheet.write(png, split(3, 32, 32, 2), 1, rows, 5L);
    BufferedImage read = ImageIO.read(png.toFile());
    assertNotNull(read, "not a PNG javax.imageio can read");
    // 32x32 cells enlarged 3x = 96; 150 + 4 + 6 * (96 + 4) wide; 24 + 10 * (96 + 14 + 4) + 4 high
    assertEquals(754, read.getWidth());
    assertEquals(1168, read.getHeight());
    // the clean cell of the first row starts at (150 + 4, 24) and shows pixel (0, 0) of the image
    ChwImage img = TestImages.textured(3, 32, 32);
    int rgb = read.getRGB(154 + 2, 24 + 2) & 0xFFFFFF;
    assertEquals(Math.round(img.get(0, 0, 0) * 255), rgb >> 16);
    assertEquals(Math.round(img.get(1, 0, 0) * 255), (rgb >> 8) & 0xFF);
    assertEquals(Math.round(img.get(2, 0, 0) * 255), rgb & 0xFF);
    // enlarged 3x: column 157 already shows image column 1
    assertEquals(Math.round(img.get(0, 0, 1) * 255), (read.getRGB(154 + 3, 24) >> 16) & 0xFF);
    assertEquals(Math.round(img.get(0, 0, 0) * 255), (read.getRGB(154 + 2, 24) >> 16) & 0xFF);
    // byte signature of PNG
    byte[] head = Files.readAllBytes(png);
    assertEquals((byte) 0x89, head[0]);
    assertEquals('P', head[1]);
  }

  @Test
  void graySheetsOfSmallImagesAreEnlargedMore(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("digits.png");
    CorruptionSheet.write(png, split(1, 8, 8, 1), 0, List.of(Corruptions.byId("contrast")), 1L);
    BufferedImage read = ImageIO.read(png.toFile());
    // 8x8 enlarged 12x = 96
    assertEquals(754, read.getWidth());
    assertEquals(24 + (96 + 14 + 4) + 4, read.getHeight());
    int rgb = read.getRGB(154 + 11, 24 + 11) & 0xFFFFFF;
    int v = Math.round(TestImages.textured(1, 8, 8).get(0, 0, 0) * 255);
    assertEquals((v << 16) | (v << 8) | v, rgb);
  }

  @Test
  void aMissingImageIsBadInput(@TempDir Path dir) {
    assertThrows(BadInputException.class, () -> CorruptionSheet.write(
        dir.resolve("x.png"), split(3, 32, 32, 1), 3, Corruptions.required(), 0L));
  }
}
