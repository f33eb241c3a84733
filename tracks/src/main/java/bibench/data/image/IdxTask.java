package bibench.data.image;

import bibench.BadInputException;
import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.io.MemoryBudget;
import bibench.data.DescribedTask;
import bibench.data.io.DataFolder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A gray-image task stored as the four IDX files of MNIST / Fashion-MNIST ({@code
 * train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte},
 * {@code t10k-labels-idx1-ubyte}, each plain or {@code .gz}). Samples have shape {1, 28, 28},
 * pixels scaled from 0..255 to [0, 1].
 */
public final class IdxTask extends DescribedTask {

  /** Fashion-MNIST's classes, label order. */
  public static final List<String> FASHION_CLASSES = List.of(
      "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
      "Ankle boot");

  private final List<String> classNames;

  /**
   * @param info the task (its folder holds the four files)
   * @param classNames one name per label
   */
  public IdxTask(TaskInfo info, List<String> classNames) {
    super(info);
    this.classNames = List.copyOf(classNames);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    DataFolder folder = where.folder();
    Split train = read(folder, "train", options.maxTrain(), options.seed());
    Split test = read(folder, "t10k", options.maxTest(), options.seed()).renamed("test");
    return new TaskData(info().id(), info().modality(), train, test, classNames, info().metric(),
        info().sourceLine(where), false, 0);
  }

  private Split read(DataFolder folder, String prefix, int max, long seed) {
    String imagesName = pick(folder, prefix + "-images-idx3-ubyte");
    String labelsName = pick(folder, prefix + "-labels-idx1-ubyte");
    IdxFile.Images images;
    int[] labels;
    try (InputStream in = folder.open(imagesName)) {
      images = IdxFile.readImages(in, folder.describe(imagesName), 28, 28);
    } catch (IOException e) {
      throw folder.unreadable(imagesName, e);
    }
    try (InputStream in = folder.open(labelsName)) {
      labels = IdxFile.readLabels(in, folder.describe(labelsName), classNames.size());
    } catch (IOException e) {
      throw folder.unreadable(labelsName, e);
    }
    if (labels.length != images.count()) {
      throw new BadInputException(
          "data set " + info().id() + ": " + folder.describe(imagesName) + " has " + images.count()
              + " images but " + folder.describe(labelsName) + " has " + labels.length + " labels",
          "use an images file and a labels file of the same release");
    }
    int[] order = BalancedOrder.of(labels, classNames.size(), seed, max);
    int per = 28 * 28;
    float[] x = MemoryBudget.floats((long) order.length * per, String.format(java.util.Locale.ROOT,
        "the %s split of %s (%,d images of 28x28)", prefix, info().id(), order.length), "lower max_train / max_test (or points) of the task in the suite");
    int[] y = new int[order.length];
    byte[] px = images.pixels();
    for (int i = 0; i < order.length; i++) {
      int src = order[i] * per;
      for (int j = 0; j < per; j++) {
        x[i * per + j] = (px[src + j] & 0xff) / 255f;
      }
      y[i] = labels[order[i]];
    }
    return new Split(prefix.equals("train") ? "train" : "test", x, y, new int[] {1, 28, 28});
  }

  /** The .gz file when present, else the plain one (the message names the .gz when neither). */
  private static String pick(DataFolder folder, String base) {
    if (folder.exists(base + ".gz")) {
      return base + ".gz";
    }
    if (folder.exists(base)) {
      return base;
    }
    throw folder.missing(base + ".gz");
  }
}
