package bibench.harness.hostile.data;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Hostile IDX files (Fashion-MNIST), CIFAR-10 binary batches and JPEG folders. */
final class ImageCases {

  private static final String IMAGES = "fashion-mnist/train-images-idx3-ubyte";
  private static final String LABELS = "fashion-mnist/train-labels-idx1-ubyte";
  private static final String BATCH = "cifar-10-batches-bin/data_batch_2.bin";
  private static final String JPEG = "cifar10-jpg/train/cat/evil.jpg";

  private ImageCases() {}

  static List<HostileCase> all() {
    byte[] good = GoodSets.images(20);
    return List.of(
        idx("idx-truncated", "held", "train images cut 1,000 bytes short", IMAGES,
            "truncated", Arrays.copyOf(good, good.length - 1000)),
        idx("idx-bad-magic", "held", "train images with the labels' magic number", IMAGES,
            "magic number 0x00000801", withInt(good, 0, 0x801)),
        idx("idx-overclaiming", "held", "header claims 60,000 images, 20 present", IMAGES,
            "only 15,680 bytes follow", withInt(good, 4, 60_000)),
        idx("idx-huge-dimensions", "new", "header claims 1 x 65,535 x 65,535 images", IMAGES,
            "impossible dimensions", ByteBuffer.allocate(16 + 784).putInt(0x803).putInt(1).putInt(65535)
                .putInt(65535).array()),
        idx("idx-wrong-size", "new", "header claims 20 images of 32x32 (20 of 28x28 follow)",
            IMAGES, "not 28x28", withInt(withInt(good, 8, 32), 12, 32)),
        idx("idx-negative-count", "new", "header claims -5 images", IMAGES,
            "impossible dimensions", withInt(good, 4, -5)),
        idx("idx-label-out-of-range", "new", "a label byte of 200", LABELS, "label 200 of item 3",
            withByte(GoodSets.labels(20), 8 + 3, 200)),
        idx("idx-count-mismatch", "new", "20 images but 19 labels", LABELS, "has 19 labels",
            GoodSets.labels(19)),
        idx("idx-empty", "new", "an empty train-images file", IMAGES, "is empty", new byte[0]),
        new HostileCase("idx-directory", "folder", "new", "fashion-mnist",
            "train-images-idx3-ubyte is a directory", IMAGES, "is a directory", dir -> {
              GoodSets.fashionMnist(dir);
              Files.delete(dir.resolve(IMAGES));
              Files.createDirectories(dir.resolve(IMAGES));
            }),
        new HostileCase("idx-dev-zero", "folder", "new", "fashion-mnist",
            "train-images-idx3-ubyte is a symbolic link to /dev/zero", IMAGES,
            "not a regular file", dir -> {
              GoodSets.fashionMnist(dir);
              Files.delete(dir.resolve(IMAGES));
              Files.createSymbolicLink(dir.resolve(IMAGES), Path.of("/dev/zero"));
            }),
        new HostileCase("idx-known-file-damaged", "folder", "new", "fashion-mnist",
            "a known file (train-images-idx3-ubyte.gz) with other content",
            IMAGES + ".gz", "damaged or a different version", dir -> {
              GoodSets.fashionMnist(dir);
              Writers.write(dir, IMAGES + ".gz", Writers.gzip(good));
            }),
        cifar("cifar-wrong-length", "held", "a batch of 10 records plus 100 bytes",
            "not a whole number", Arrays.copyOf(GoodSets.batch(10), 10 * 3073 + 100)),
        cifar("cifar-empty", "new", "an empty batch", "is empty", new byte[0]),
        cifar("cifar-label-200", "new", "record 4 has label byte 200", "record 4 has label 200",
            withByte(GoodSets.batch(10), 4 * 3073, 200)),
        cifar("cifar-100-layout", "new", "a CIFAR-100 batch (3,074-byte records)",
            "not a whole number", new byte[10 * 3074]),
        new HostileCase("cifar-3gb-sparse", "cifar", "new", "cifar10",
            "a 3 GB batch (sparse file)", BATCH, "more than a Java array holds", dir -> {
              GoodSets.cifarBinary(dir);
              try (RandomAccessFile f = new RandomAccessFile(dir.resolve(BATCH).toFile(), "rw")) {
                f.setLength(3L << 30);
              }
            }),
        jpeg("jpeg-not-a-jpeg", "issue", "a .jpg holding text", "not an image format",
            GoodSets.utf8("this is not a picture\n")),
        jpeg("jpeg-truncated", "new", "a JPEG cut before its end-of-image marker", "cut short",
            cut(GoodSets.image("jpg", 32, 32, 3), 2)),
        jpeg("jpeg-huge-dimensions", "new", "a JPEG whose header claims 65,000 x 65,000 pixels",
            "65000x65000", hugeJpeg()),
        jpeg("jpeg-empty", "new", "an empty .jpg", "is empty", new byte[0]),
        jpeg("jpeg-png-64", "new", "a 64x64 PNG named .jpg", "not 32x32",
            GoodSets.image("png", 64, 64, 1)),
        new HostileCase("jpeg-unknown-class", "jpeg", "new", "cifar10",
            "an image in train/kitten/", "cifar10-jpg/train/kitten/k.jpg",
            "not a CIFAR-10 class", dir -> {
              GoodSets.cifarJpeg(dir);
              Writers.write(dir, "cifar10-jpg/train/kitten/k.jpg", GoodSets.image("jpg", 32, 32, 1));
            }));
  }

  private static HostileCase idx(String id, String origin, String input, String file,
      String expected, byte[] bytes) {
    return new HostileCase(id, "idx", origin, "fashion-mnist", input, file, expected, dir -> {
      GoodSets.fashionMnist(dir);
      Writers.write(dir, file, bytes);
    });
  }

  private static HostileCase cifar(String id, String origin, String input, String expected,
      byte[] bytes) {
    return new HostileCase(id, "cifar", origin, "cifar10", input, BATCH, expected, dir -> {
      GoodSets.cifarBinary(dir);
      Writers.write(dir, BATCH, bytes);
    });
  }

  private static HostileCase jpeg(String id, String origin, String input, String expected,
      byte[] bytes) {
    return new HostileCase(id, "jpeg", origin, "cifar10", input, JPEG, expected, dir -> {
      GoodSets.cifarJpeg(dir);
      Writers.write(dir, JPEG, bytes);
    });
  }

  static byte[] withInt(byte[] b, int at, int value) {
    byte[] c = b.clone();
    ByteBuffer.wrap(c).putInt(at, value);
    return c;
  }

  static byte[] withByte(byte[] b, int at, int value) {
    byte[] c = b.clone();
    c[at] = (byte) value;
    return c;
  }

  private static byte[] cut(byte[] b, int n) {
    return Arrays.copyOf(b, b.length - n);
  }

  /** A real 32x32 JPEG whose start-of-frame marker says 65,000 x 65,000. */
  private static byte[] hugeJpeg() {
    byte[] j = GoodSets.image("jpg", 32, 32, 2);
    for (int i = 0; i + 8 < j.length; i++) {
      if ((j[i] & 0xff) == 0xFF && (j[i + 1] & 0xff) == 0xC0) {
        j[i + 5] = (byte) 0xFD;
        j[i + 6] = (byte) 0xE8;
        j[i + 7] = (byte) 0xFD;
        j[i + 8] = (byte) 0xE8;
        return j;
      }
    }
    throw new IllegalStateException("no SOF0 marker in the JPEG ImageIO wrote");
  }
}
