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
import bibench.Excerpt;
import bibench.data.io.Gzip;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The UCI optical-recognition digits as scikit-learn ships them ({@code digits.csv.gz}): 1,797
 * lines of 64 pixel values 0..16 (an 8x8 image, row-major) and the label 0..9. Samples have shape
 * {1, 8, 8}, pixels divided by 16.
 *
 * <p>The set has no official train/test split, so a fixed stratified one is used, the same in
 * every run: 20% of each class (rounded) is held out for testing, chosen by {@link
 * BalancedOrder#holdout} with seed {@value #SPLIT_SEED}: 1,438 train and 359 test samples.
 */
public final class OptdigitsTask extends DescribedTask {

  /** The file name inside the set's folder. */
  public static final String FILE = "digits.csv.gz";

  /** Seed of the fixed hold-out split. */
  public static final long SPLIT_SEED = 2023;

  /** Fraction of each class held out for testing. */
  public static final double TEST_FRACTION = 0.2;

  private static final List<String> CLASSES =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");


  /** @param info the task */
  public OptdigitsTask(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    DataFolder folder = where.folder();
    byte[] raw = folder.readAllBytes(FILE);
    String text = new String(Gzip.gunzip(raw, folder.describe(FILE),
        "replace it with an intact copy. " + folder.howToGet()), StandardCharsets.ISO_8859_1);
    Split all = parse(text, folder.describe(FILE));
    BalancedOrder.Holdout split =
        BalancedOrder.holdout(all.labels(), CLASSES.size(), TEST_FRACTION, SPLIT_SEED);
    Split train = all.select(split.train());
    Split test = all.select(split.test());
    train = train.select(BalancedOrder.of(train.labels(), 10, options.seed(), options.maxTrain()))
        .renamed("train");
    test = test.select(BalancedOrder.of(test.labels(), 10, options.seed(), options.maxTest()))
        .renamed("test");
    return new TaskData(info().id(), info().modality(), train, test, CLASSES, info().metric(),
        info().sourceLine(where), false, 0);
  }

  /** Parses the CSV text (one sample a line); {@code where} names the file in messages. */
  public static Split parse(String text, String where) {
    if (text.isBlank()) {
      throw new BadInputException("optdigits file " + where + " holds no samples (empty)",
          "replace it with an intact copy of scikit-learn's digits.csv.gz");
    }
    String[] lines = text.split("\r?\n");
    int n = 0;
    float[] x = new float[lines.length * 64];
    int[] y = new int[lines.length];
    for (int ln = 0; ln < lines.length; ln++) {
      String line = lines[ln].trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != 65) {
        throw bad(where, ln, "has " + f.length + " values, expected 65 (64 pixels and the label)");
      }
      for (int j = 0; j < 65; j++) {
        int v;
        try {
          v = Integer.parseInt(f[j].trim());
        } catch (NumberFormatException e) {
          throw bad(where, ln, "value " + (j + 1) + " " + Excerpt.quoted(f[j])
              + " is not an integer");
        }
        if (j < 64 && (v < 0 || v > 16)) {
          throw bad(where, ln, "pixel " + (j + 1) + " = " + v + " is outside 0..16");
        }
        if (j == 64 && (v < 0 || v > 9)) {
          throw bad(where, ln, "label " + v + " is outside 0..9");
        }
        if (j < 64) {
          x[n * 64 + j] = v / 16f;
        } else {
          y[n] = v;
        }
      }
      n++;
    }
    if (n < lines.length) {
      x = java.util.Arrays.copyOf(x, n * 64);
      y = java.util.Arrays.copyOf(y, n);
    }
    return new Split("all", x, y, new int[] {1, 8, 8});
  }

  private static BadInputException bad(String where, int line, String problem) {
    return new BadInputException(
        "optdigits file " + where + " line " + (line + 1) + " " + problem,
        "replace it with an intact copy of scikit-learn's digits.csv.gz");
  }
}
