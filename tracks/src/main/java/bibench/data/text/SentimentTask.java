package bibench.data.text;

import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.DescribedTask;
import bibench.data.io.DataFolder;
import bibench.data.text.TextTaskBuilder.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * The UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015): {@code
 * amazon_cells_labelled.txt}, {@code imdb_labelled.txt} and {@code yelp_labelled.txt}, 1,000
 * lines {@code sentence<TAB>label} each (500 negative, 500 positive), no header. It has no
 * official split, so a fixed one is used every run: in each file, 20% of each label (100
 * sentences) is held out by {@link BalancedOrder#holdout} with seed {@value #SPLIT_SEED}, giving
 * 2,400 train and 600 test sentences, every source equally represented on both sides.
 */
public final class SentimentTask extends DescribedTask {

  /** The three files, in the order they are read. */
  public static final List<String> FILES =
      List.of("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt");

  /** Seed of the fixed split. */
  public static final long SPLIT_SEED = 2023;

  /** Fraction of each file and label held out for testing. */
  public static final double TEST_FRACTION = 0.2;

  private static final List<String> COLUMNS = List.of("sentence", "label");


  /** @param info the task */
  public SentimentTask(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    DataFolder f = where.folder();
    List<Example> train = new ArrayList<>();
    List<Example> test = new ArrayList<>();
    for (String file : FILES) {
      List<Example> all = new ArrayList<>();
      for (TsvFile.Row r : TsvFile.read(f, file, COLUMNS, null)) {
        all.add(new Example(r.fields()[0], null, TsvFile.label(r, 1, f.describe(file))));
      }
      int[] labels = all.stream().mapToInt(Example::label).toArray();
      BalancedOrder.Holdout split = BalancedOrder.holdout(labels, 2, TEST_FRACTION, SPLIT_SEED);
      train.addAll(GlueTasks.pick(all, split.train()));
      test.addAll(GlueTasks.pick(all, split.test()));
    }
    return TextTaskBuilder.build(info(), where, train, test, List.of("negative", "positive"),
        options, false);
  }
}
