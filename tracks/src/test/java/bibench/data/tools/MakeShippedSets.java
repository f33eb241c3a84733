package bibench.data.tools;

import bibench.data.Fixtures;
import bibench.data.image.IdxFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the data files of the two shipped subsets from the full sets (run by hand, not a test):
 *
 * <pre>
 * java -cp tracks/target/test-classes:tracks/target/classes:operators/target/classes \
 *   bibench.data.tools.MakeShippedSets /work/shared/data tracks/src/main/resources/bibench/datasets
 * </pre>
 *
 * <ul>
 *   <li>{@code fashion-mnist-subset/}: the first 400 images of each class of the training file and
 *       the first 100 of each class of the test file, in file order, as gzip IDX files.
 *   <li>{@code fsdd-subset/recordings.tar.gz}: for every digit and speaker, the recordings with
 *       index 5, 14, 23, 32, 41 (training side, evenly spread over 5..49) and 0, 2, 4 (test side,
 *       from the official 0..4), as {@code recordings/<name>.wav}, sorted by name.
 * </ul>
 *
 * Both outputs are byte-for-byte reproducible (no time stamps).
 */
public final class MakeShippedSets {

  /** Training-side FSDD indices kept. */
  public static final Set<Integer> FSDD_TRAIN = Set.of(5, 14, 23, 32, 41);
  /** Test-side FSDD indices kept. */
  public static final Set<Integer> FSDD_TEST = Set.of(0, 2, 4);
  /** Fashion-MNIST images kept per class. */
  public static final int FASHION_TRAIN_PER_CLASS = 400;
  /** Fashion-MNIST test images kept per class. */
  public static final int FASHION_TEST_PER_CLASS = 100;

  private MakeShippedSets() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    fashion(shared.resolve("fashion-mnist"), out.resolve("fashion-mnist-subset"), "train",
        FASHION_TRAIN_PER_CLASS);
    fashion(shared.resolve("fashion-mnist"), out.resolve("fashion-mnist-subset"), "t10k",
        FASHION_TEST_PER_CLASS);
    fsdd(shared.resolve("fsdd/recordings"), out.resolve("fsdd-subset/recordings.tar.gz"));
  }

  public static void fashion(Path in, Path outDir, String prefix, int perClass) throws IOException {
    IdxFile.Images images;
    int[] labels;
    String imgName = prefix + "-images-idx3-ubyte.gz";
    String lblName = prefix + "-labels-idx1-ubyte.gz";
    try (InputStream s = Files.newInputStream(in.resolve(imgName))) {
      images = IdxFile.readImages(s, imgName);
    }
    try (InputStream s = Files.newInputStream(in.resolve(lblName))) {
      labels = IdxFile.readLabels(s, lblName, 10);
    }
    int per = images.rows() * images.cols();
    int[] taken = new int[10];
    int n = 0;
    byte[] px = new byte[perClass * 10 * per];
    byte[] y = new byte[perClass * 10];
    for (int i = 0; i < labels.length && n < y.length; i++) {
      if (taken[labels[i]] < perClass) {
        taken[labels[i]]++;
        System.arraycopy(images.pixels(), i * per, px, n * per, per);
        y[n++] = (byte) labels[i];
      }
    }
    Fixtures.write(outDir, imgName,
        Fixtures.gzip(Fixtures.idxImages(n, images.rows(), images.cols(), px)));
    Fixtures.write(outDir, lblName, Fixtures.gzip(Fixtures.idxLabels(y)));
  }

  public static void fsdd(Path recordings, Path outTarGz) throws IOException {
    Pattern name = Pattern.compile("(\\d)_([a-z]+)_(\\d+)\\.wav");
    List<Path> files;
    try (Stream<Path> s = Files.list(recordings)) {
      files = s.filter(p -> {
        Matcher m = name.matcher(p.getFileName().toString());
        if (!m.matches()) {
          return false;
        }
        int index = Integer.parseInt(m.group(3));
        return FSDD_TRAIN.contains(index) || FSDD_TEST.contains(index);
      }).sorted().toList();
    }
    Fixtures.TarBuilder tar = new Fixtures.TarBuilder();
    for (Path f : files) {
      tar.file("recordings/" + f.getFileName(), Files.readAllBytes(f));
    }
    Fixtures.write(outTarGz.getParent(), outTarGz.getFileName().toString(),
        Fixtures.gzip(tar.build()));
  }
}
