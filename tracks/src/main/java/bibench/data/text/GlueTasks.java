package bibench.data.text;

import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.TaskLoader;
import bibench.data.io.DataFolder;
import bibench.data.text.TextTaskBuilder.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * The three GLUE tasks BiBench-J reads from a data directory (none is shipped: their licenses do
 * not allow it).
 *
 * <ul>
 *   <li>SST-2 ({@code glue-sst2/}): {@code train_full.tsv} (GLUE's 67,349-sentence train; when
 *       absent, {@code train.tsv}) and {@code dev.tsv} as the test split; header {@code
 *       sentence<TAB>label}. Accuracy.
 *   <li>CoLA ({@code glue-cola/}): {@code cola_public/raw/in_domain_train.tsv} and {@code
 *       in_domain_dev.tsv} (or the same under {@code raw/}), no header, columns source, label,
 *       mark, sentence. Matthews correlation.
 *   <li>MRPC ({@code glue-mrpc/}): {@code msr_paraphrase_train.txt}, header {@code
 *       Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String} (after a byte-order mark). GLUE's
 *       dev ids are not published with the corpus, so a fixed stratified 10% of train (rounded per
 *       class, seed {@value #SPLIT_SEED}; 407 pairs) is held out as the split the tracks score on.
 *       Mean of accuracy and F1.
 * </ul>
 */
public final class GlueTasks {

  /** Seed of MRPC's fixed hold-out split. */
  public static final long SPLIT_SEED = 2023;

  /** Fraction of MRPC's train file held out. */
  public static final double MRPC_HOLDOUT = 0.1;

  private GlueTasks() {}

  /** SST-2 (binary sentiment of movie-review phrases), loaded as described above. */
  public record Sst2(TaskInfo info) implements TaskLoader {
    private static final List<String> COLUMNS = List.of("sentence", "label");

    @Override
    public TaskData load(DataLocation where, LoadOptions options) {
      DataFolder f = where.folder();
      String trainFile = f.exists("train_full.tsv") ? "train_full.tsv" : "train.tsv";
      return TextTaskBuilder.build(info, where, read(f, trainFile), read(f, "dev.tsv"),
          List.of("negative", "positive"), options, false);
    }

    private static List<Example> read(DataFolder f, String rel) {
      List<Example> out = new ArrayList<>();
      for (TsvFile.Row r : TsvFile.read(f, rel, COLUMNS, "sentence\tlabel")) {
        out.add(new Example(r.fields()[0], null, TsvFile.label(r, 1, f.describe(rel))));
      }
      return out;
    }
  }

  /** CoLA (grammatical acceptability), loaded as described above. */
  public record Cola(TaskInfo info) implements TaskLoader {
    private static final List<String> COLUMNS = List.of("source", "label", "mark", "sentence");

    @Override
    public TaskData load(DataLocation where, LoadOptions options) {
      DataFolder f = where.folder();
      String dir = f.exists("raw/in_domain_train.tsv") ? "raw/" : "cola_public/raw/";
      return TextTaskBuilder.build(info, where, read(f, dir + "in_domain_train.tsv"),
          read(f, dir + "in_domain_dev.tsv"), List.of("unacceptable", "acceptable"), options,
          false);
    }

    private static List<Example> read(DataFolder f, String rel) {
      List<Example> out = new ArrayList<>();
      for (TsvFile.Row r : TsvFile.read(f, rel, COLUMNS, null)) {
        out.add(new Example(r.fields()[3], null, TsvFile.label(r, 1, f.describe(rel))));
      }
      return out;
    }
  }

  /** MRPC (paraphrase pairs) with its fixed 10% hold-out, as described above. */
  public record Mrpc(TaskInfo info) implements TaskLoader {
    private static final List<String> COLUMNS =
        List.of("Quality", "#1 ID", "#2 ID", "#1 String", "#2 String");
    private static final String FILE = "msr_paraphrase_train.txt";

    @Override
    public TaskData load(DataLocation where, LoadOptions options) {
      DataFolder f = where.folder();
      List<Example> all = new ArrayList<>();
      for (TsvFile.Row r : TsvFile.read(f, FILE, COLUMNS, "Quality\t#1 ID")) {
        all.add(new Example(r.fields()[3], r.fields()[4], TsvFile.label(r, 0, f.describe(FILE))));
      }
      int[] labels = all.stream().mapToInt(Example::label).toArray();
      BalancedOrder.Holdout split = BalancedOrder.holdout(labels, 2, MRPC_HOLDOUT, SPLIT_SEED);
      return TextTaskBuilder.build(info, where, pick(all, split.train()), pick(all, split.test()),
          List.of("not_paraphrase", "paraphrase"), options, true);
    }
  }

  static List<Example> pick(List<Example> all, int[] indices) {
    List<Example> out = new ArrayList<>(indices.length);
    for (int i : indices) {
      out.add(all.get(i));
    }
    return out;
  }
}
