package bibench.harness.hostile.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Small, intact copies of each task's set in its data-directory layout, written from the formats'
 * specifications: the background every hostile case damages one file of. Each loads on its own.
 */
public final class GoodSets {

  /** CIFAR-10's class folders. */
  public static final List<String> CIFAR_CLASSES = List.of("airplane", "automobile", "bird", "cat",
      "deer", "dog", "frog", "horse", "ship", "truck");

  private GoodSets() {}

  /** A half-second 16-bit tone, distinct per digit. */
  public static byte[] clip(int digit, int rate) {
    return Writers.wav16(rate, 1, Writers.sine(300 + 300 * digit, rate, rate / 2, 0.5));
  }

  /** FSDD: recordings/{d}_ann_0.wav (test) and {d}_ann_5.wav (train) for every digit. */
  public static void fsdd(Path dir) {
    for (int d = 0; d < 10; d++) {
      for (int index : new int[] {0, 5}) {
        Writers.write(dir, "fsdd/recordings/" + d + "_ann_" + index + ".wav", clip(d, 8000));
      }
    }
  }

  /** The same recordings as members of a tar builder. */
  public static Writers.TarBuilder fsddTar() {
    Writers.TarBuilder tar = new Writers.TarBuilder();
    for (int d = 0; d < 10; d++) {
      for (int index : new int[] {0, 5}) {
        tar.file("recordings/" + d + "_ann_" + index + ".wav", clip(d, 8000));
      }
    }
    return tar;
  }

  /** Fashion-MNIST's four files, uncompressed (names the known-file table does not hold). */
  public static void fashionMnist(Path dir) {
    Writers.write(dir, "fashion-mnist/train-images-idx3-ubyte", images(20));
    Writers.write(dir, "fashion-mnist/train-labels-idx1-ubyte", labels(20));
    Writers.write(dir, "fashion-mnist/t10k-images-idx3-ubyte", images(10));
    Writers.write(dir, "fashion-mnist/t10k-labels-idx1-ubyte", labels(10));
  }

  /** {@code n} 28x28 images, pixel value = index. */
  public static byte[] images(int n) {
    byte[] px = new byte[n * 28 * 28];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i / 784 * 9);
    }
    return Writers.idxImages(n, 28, 28, px);
  }

  /** {@code n} labels 0, 1, ..., 9, 0, ... */
  public static byte[] labels(int n) {
    byte[] y = new byte[n];
    for (int i = 0; i < n; i++) {
      y[i] = (byte) (i % 10);
    }
    return Writers.idxLabels(y);
  }

  /** CIFAR-10 binary: five training batches and a test batch of ten records each. */
  public static void cifarBinary(Path dir) {
    for (int k = 1; k <= 5; k++) {
      Writers.write(dir, "cifar-10-batches-bin/data_batch_" + k + ".bin", batch(10));
    }
    Writers.write(dir, "cifar-10-batches-bin/test_batch.bin", batch(10));
  }

  /** {@code n} records, labels 0..9 cycling. */
  public static byte[] batch(int n) {
    byte[] b = new byte[n * 3073];
    for (int i = 0; i < n; i++) {
      b[i * 3073] = (byte) (i % 10);
      for (int p = 1; p < 3073; p++) {
        b[i * 3073 + p] = (byte) (p * 7 + i);
      }
    }
    return b;
  }

  /** CIFAR-10 as JPEG folders: one 32x32 image per class in train/ and test/. */
  public static void cifarJpeg(Path dir) {
    for (int c = 0; c < 10; c++) {
      for (String split : List.of("train", "test")) {
        Writers.write(dir, "cifar10-jpg/" + split + "/" + CIFAR_CLASSES.get(c) + "/h" + c + ".jpg",
            image("jpg", 32, 32, c));
      }
    }
  }

  /** An encoded image of the given format and size. */
  public static byte[] image(String format, int w, int h, int seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (x * 8 + seed * 20) << 16 | (y * 8) << 8 | (seed * 25));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** CoLA in the {@code raw/} layout (names the known-file table does not hold). */
  public static void cola(Path dir) {
    Writers.write(dir, "glue-cola/raw/in_domain_train.tsv", colaRows(0));
    Writers.write(dir, "glue-cola/raw/in_domain_dev.tsv", colaRows(1));
  }

  /** Rows {@code source<TAB>label<TAB>mark<TAB>sentence}. */
  public static String colaRows(int seed) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      s.append("gj04\t").append((i + seed) % 2).append("\t\t")
          .append((i + seed) % 2 == 1 ? "the cat sat on the mat ." : "mat the on sat cat the .")
          .append('\n');
    }
    return s.toString();
  }

  /** ModelNet40's layout with two classes (a cube and a tetrahedron), one mesh per split. */
  public static void modelNet(Path dir) {
    for (String split : List.of("train", "test")) {
      Writers.write(dir, "ModelNet40/cube/" + split + "/cube_0001.off", CUBE);
      Writers.write(dir, "ModelNet40/tetra/" + split + "/tetra_0001.off", TETRA);
    }
  }

  /** A unit cube of six quads. */
  public static final String CUBE = """
      OFF
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
      4 0 4 7 3
      """;

  /** A tetrahedron. */
  public static final String TETRA = """
      OFF
      4 4 6
      0 0 0
      1 0 0
      0 1 0
      0 0 1
      3 0 1 2
      3 0 1 3
      3 0 2 3
      3 1 2 3
      """;

  /** UTF-8 bytes. */
  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
