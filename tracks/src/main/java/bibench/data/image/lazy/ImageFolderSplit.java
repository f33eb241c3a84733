package bibench.data.image.lazy;

import bibench.BadInputException;
import bibench.data.BalancedOrder;
import bibench.data.io.DataFolder;
import bibench.data.io.SampleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * One split of an image folder in ImageNet's layout, {@code <split>/<class>/<image>.JPEG} (or a
 * plain tar {@code <split>.tar} holding the same paths), read lazily: only the file names and
 * labels are held; each sample is read, decoded and transformed ({@link ImageTransform}) when the
 * training loop asks for it. A class is a folder name; images are {@code .jpeg}, {@code .jpg} or
 * {@code .png} in any case.
 */
public final class ImageFolderSplit implements LazySplit {
  private final String name;
  private final SampleFiles files;
  private final String[] names;
  private final int[] labels;
  private final ImageTransform transform;
  private final List<String> classNames;

  private ImageFolderSplit(String name, SampleFiles files, String[] names, int[] labels, ImageTransform transform,
      List<String> classNames) {
    this.classNames = List.copyOf(classNames);
    this.name = name;
    this.files = files;
    this.names = names;
    this.labels = labels;
    this.transform = transform;
  }

  /**
   * Opens {@code split/} (or {@code split.tar}) of a data set's folder.
   *
   * @param classes the class folder names, index = label; null to take the sorted folder names of
   *     this split (what a training split defines)
   * @param max at most this many samples, a class-balanced subset chosen by {@code seed}
   * @throws BadInputException when the split is missing, empty, or holds an image outside the
   *     given classes
   */
  public static ImageFolderSplit open(DataFolder folder, String split, List<String> classes, ImageTransform transform,
      int max, long seed) {
    SampleFiles files = sampleFiles(folder, split);
    List<String> images = new ArrayList<>();
    for (String file : files.names()) {
      String lower = file.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jpeg") || lower.endsWith(".jpg") || lower.endsWith(".png")) {
        images.add(file);
      }
    }
    if (images.isEmpty()) {
      throw new BadInputException("data set " + folder.setName() + ": " + files.describe() + " holds no"
          + " .JPEG, .jpg or .png images", "lay the split out as " + split + "/<class>/<image>.JPEG");
    }
    List<String> classNames = classes;
    if (classNames == null) {
      TreeSet<String> found = new TreeSet<>();
      images.forEach(f -> found.add(SampleFiles.parentName(f)));
      classNames = List.copyOf(found);
    }
    int[] all = new int[images.size()];
    for (int i = 0; i < all.length; i++) {
      String cls = SampleFiles.parentName(images.get(i));
      all[i] = classNames.indexOf(cls);
      if (all[i] < 0) {
        throw new BadInputException("image " + files.where(images.get(i)) + " is in folder '" + cls
            + "', which is not a class of the training split", "keep the same class folders in every split");
      }
    }
    int[] chosen = BalancedOrder.of(all, classNames.size(), seed, max);
    String[] names = new String[chosen.length];
    int[] labels = new int[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      names[i] = images.get(chosen[i]);
      labels[i] = all[chosen[i]];
    }
    return new ImageFolderSplit(split, files, names, labels, transform, classNames);
  }

  /** The class folder names, index = label. */
  public List<String> classNames() {
    return classNames;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public int[] sampleShape() {
    return transform.sampleShape();
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  /** Where the split's images are read from. */
  public String describe() {
    return files.describe();
  }

  @Override
  public void decode(int index, float[] dst, int offset, SplittableRandom augment) {
    String file = names[index];
    byte[] bytes = files.read(List.of(file)).get(0);
    transform.apply(ImageDecoding.read(bytes, files.where(file), transform.crop()), augment, dst, offset);
  }

  private static SampleFiles sampleFiles(DataFolder folder, String split) {
    if (folder.exists(split)) {
      return SampleFiles.directory(folder, split, "");
    }
    if (folder.exists(split + ".tar")) {
      return SampleFiles.tar(folder, split + ".tar", "");
    }
    throw new BadInputException("data set " + folder.setName() + ": neither the folder " + folder.describe(split)
        + "/ nor the tar " + folder.describe(split + ".tar") + " exists", folder.howToGet());
  }
}
