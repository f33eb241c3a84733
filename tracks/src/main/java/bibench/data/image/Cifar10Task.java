package bibench.data.image;

import bibench.BadInputException;
import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.DescribedTask;
import bibench.data.io.DataFolder;
import bibench.data.io.MemoryBudget;
import bibench.data.io.SampleFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * CIFAR-10 from either of its two common layouts, samples of shape {3, 32, 32} in [0, 1], labels in
 * the official class order (airplane, automobile, bird, cat, deer, dog, frog, horse, ship, truck).
 *
 * <ul>
 *   <li>The official binary version ({@code cifar-10-batches-bin}): {@code data_batch_1..5.bin}
 *       and {@code test_batch.bin}, see {@link CifarBinary}.
 *   <li>An image-folder version ({@code cifar10-jpg}): {@code train/<class>/*.jpg} and {@code
 *       test/<class>/*.jpg}, where either folder may instead be packed as one plain tar ({@code
 *       train.tar}, {@code test.tar}) holding the same paths.
 * </ul>
 *
 * <p>Only the chosen samples are decoded: with {@code maxTrain = 5000}, 500 images per class are
 * picked by {@link BalancedOrder} from the file names alone and only those JPEGs are read.
 */
public final class Cifar10Task extends DescribedTask {

  /** The official class order. */
  public static final List<String> CLASSES = List.of(
      "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

  private static final int[] SHAPE = {3, 32, 32};
  private static final int PER = 3 * 32 * 32;
  private static final int CHUNK = 2048;


  /** @param info the task */
  public Cifar10Task(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    DataFolder folder = where.folder();
    boolean binary = folder.exists("data_batch_1.bin") || folder.exists("test_batch.bin");
    Split train;
    Split test;
    if (binary) {
      train = fromBinary(folder, List.of("data_batch_1.bin", "data_batch_2.bin",
          "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"), "train", options.maxTrain(),
          options.seed());
      test = fromBinary(folder, List.of("test_batch.bin"), "test", options.maxTest(),
          options.seed());
    } else {
      train = fromImages(folder, "train", options.maxTrain(), options.seed());
      test = fromImages(folder, "test", options.maxTest(), options.seed());
    }
    return new TaskData(info().id(), info().modality(), train, test, CLASSES, info().metric(),
        info().sourceLine(where), false, 0);
  }

  private static Split fromBinary(DataFolder folder, List<String> files, String name, int max,
      long seed) {
    List<byte[]> contents = new ArrayList<>();
    List<int[]> fileLabels = new ArrayList<>();
    int total = 0;
    for (String f : files) {
      byte[] bytes = folder.readAllBytes(f);
      int[] y = CifarBinary.labels(bytes, folder.describe(f));
      contents.add(bytes);
      fileLabels.add(y);
      total += y.length;
    }
    int[] labels = new int[total];
    int[] fileOf = new int[total];
    int[] recordOf = new int[total];
    int k = 0;
    for (int f = 0; f < files.size(); f++) {
      int[] y = fileLabels.get(f);
      for (int i = 0; i < y.length; i++, k++) {
        labels[k] = y[i];
        fileOf[k] = f;
        recordOf[k] = i;
      }
    }
    int[] order = BalancedOrder.of(labels, 10, seed, max);
    float[] x = MemoryBudget.floats((long) order.length * PER, String.format(java.util.Locale.ROOT,
        "the %s split of cifar10 (%,d images of 3x32x32)", name, order.length), "lower max_train / max_test (or points) of the task in the suite");
    int[] y = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      CifarBinary.pixels(contents.get(fileOf[order[i]]), recordOf[order[i]], x, i * PER);
      y[i] = labels[order[i]];
    }
    return new Split(name, x, y, SHAPE);
  }

  private static Split fromImages(DataFolder folder, String name, int max, long seed) {
    SampleFiles files = sampleFiles(folder, name);
    List<String> names = files.names();
    int[] labels = new int[names.size()];
    for (int i = 0; i < labels.length; i++) {
      String cls = SampleFiles.parentName(names.get(i));
      labels[i] = CLASSES.indexOf(cls);
      if (labels[i] < 0) {
        throw new BadInputException(
            "image " + files.where(names.get(i)) + " is in folder '" + cls
                + "', which is not a CIFAR-10 class " + CLASSES,
            "keep only the ten class folders under " + name + "/");
      }
    }
    int[] order = BalancedOrder.of(labels, 10, seed, max);
    float[] x = MemoryBudget.floats((long) order.length * PER, String.format(java.util.Locale.ROOT,
        "the %s split of cifar10 (%,d images of 3x32x32)", name, order.length), "lower max_train / max_test (or points) of the task in the suite");
    int[] y = new int[order.length];
    try (JpegDecoder decoder = new JpegDecoder(32, 32)) {
      for (int start = 0; start < order.length; start += CHUNK) {
        int end = Math.min(order.length, start + CHUNK);
        List<String> chunk = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
          chunk.add(names.get(order[i]));
        }
        List<byte[]> bytes = files.read(chunk);
        for (int i = start; i < end; i++) {
          decoder.decode(bytes.get(i - start), files.where(chunk.get(i - start)), x, i * PER);
          y[i] = labels[order[i]];
        }
      }
    }
    return new Split(name, x, y, SHAPE);
  }

  /** The folder {@code name/} when present, else the tar {@code name.tar}. */
  static SampleFiles sampleFiles(DataFolder folder, String name) {
    if (folder.exists(name)) {
      return SampleFiles.directory(folder, name, ".jpg");
    }
    if (folder.exists(name + ".tar")) {
      return SampleFiles.tar(folder, name + ".tar", ".jpg");
    }
    throw new BadInputException(
        "data set " + folder.setName() + ": neither the folder " + folder.describe(name)
            + "/ nor the tar " + folder.describe(name + ".tar") + " exists",
        folder.howToGet());
  }
}
