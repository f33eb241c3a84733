package bibench.data.image.lazy;

import bibench.BadInputException;
import bibench.data.DataLocation;
import bibench.data.DescribedTask;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import java.util.Locale;

/**
 * An image-classification task read from a folder in ImageNet's layout: {@code train/<class>/*.JPEG}
 * and {@code val/<class>/*.JPEG} (ImageNet's validation images sorted into their class folders,
 * as its devkit's labels say), either folder possibly packed as a plain tar ({@code train.tar},
 * {@code val.tar}). Samples are {@code {3, crop, crop}} in [0, 1] ({@link ImageTransform}).
 *
 * <p>The task streams: {@link #open} gives the two splits as {@link LazySplit}s, which the training
 * loop reads through a bounded prefetch pipeline, so memory does not grow with the data set.
 * {@link #load} (the in-memory path every other task takes) decodes every chosen image into
 * arrays and therefore refuses a subset that would not fit in a quarter of the heap, saying how
 * large it would be.
 */
public final class ImageFolderTask extends DescribedTask {
  private final ImageTransform transform;

  /**
   * @param info the task
   * @param transform how images become samples ({@link ImageTransform#IMAGENET} for ImageNet)
   */
  public ImageFolderTask(TaskInfo info, ImageTransform transform) {
    super(info);
    this.transform = transform;
  }

  /**
   * The two splits of a streamed image folder.
   *
   * @param train the training split (random resized crops and flips)
   * @param test the validation split (centre crops)
   * @param source the one-line source for provenance
   */
  public record Streamed(ImageFolderSplit train, ImageFolderSplit test, String source) {}

  /** Opens the folder lazily: lists the images and labels, decodes nothing. */
  public Streamed open(DataLocation where, LoadOptions options) {
    ImageFolderSplit train = ImageFolderSplit.open(where.folder(), "train", null, transform, options.maxTrain(),
        options.seed());
    ImageFolderSplit test = ImageFolderSplit.open(where.folder(), "val", train.classNames(), transform,
        options.maxTest(), options.seed());
    return new Streamed(train, test, info().sourceLine(where));
  }

  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    Streamed s = open(where, options);
    long per = s.train().sampleSize();
    long bytes = (s.train().size() + (long) s.test().size()) * per * Float.BYTES;
    long budget = Runtime.getRuntime().maxMemory() / 4;
    if (bytes > budget) {
      throw new BadInputException(String.format(Locale.ROOT,
          "task %s: %,d + %,d images of 3x%dx%d would take %.1f GB as arrays, more than a quarter of the heap"
              + " (%.1f GB)", info().id(), s.train().size(), s.test().size(), transform.crop(), transform.crop(),
          bytes / 1e9, Runtime.getRuntime().maxMemory() / 1e9),
          "train it streamed (ImageFolderTask.open and ModelTrainer.train with BatchSource.streamed), or set"
              + " max_train and max_test");
    }
    return new TaskData(info().id(), info().modality(), materialize(s.train()), materialize(s.test()),
        s.train().classNames(), info().metric(), s.source(), false, 0);
  }

  private static Split materialize(ImageFolderSplit split) {
    float[] x = new float[split.size() * split.sampleSize()];
    for (int i = 0; i < split.size(); i++) {
      split.decode(i, x, i * split.sampleSize(), null);
    }
    return new Split(split.name(), x, split.labels(), split.sampleShape());
  }
}
