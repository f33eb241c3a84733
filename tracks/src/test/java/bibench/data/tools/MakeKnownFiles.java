package bibench.data.tools;

import bibench.data.Fixtures;
import bibench.data.io.KnownFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the known-file table ({@link KnownFiles#RESOURCE}) from the data sets of a data
 * directory and the shipped sets (run by hand, not a test):
 *
 * <pre>
 * java -cp tracks/target/test-classes:tracks/target/classes:operators/target/classes \
 *   bibench.data.tools.MakeKnownFiles /work/shared/data tracks/src/main/resources/bibench/datasets
 * </pre>
 *
 * Only the files the loaders read are listed. WAV and JPEG files (one per sample) get the first 16
 * hex digits of their SHA-256, everything else the whole digest.
 */
public final class MakeKnownFiles {

  /** The data-directory set folders and the files in them that loaders read. */
  static final List<String[]> SHARED = List.of(
      new String[] {"fashion-mnist", ".gz"},
      new String[] {"optdigits", "digits.csv.gz"},
      new String[] {"cifar10-jpg", ".jpg", "train.tar"},
      new String[] {"fsdd", ".wav"},
      new String[] {"speech-commands-v0.01-sample", ".wav", "testing_list.txt",
          "validation_list.txt"},
      new String[] {"glue-sst2", "train.tsv", "train_full.tsv", "dev.tsv"},
      new String[] {"glue-cola", "in_domain_train.tsv", "in_domain_dev.tsv"},
      new String[] {"glue-mrpc", "msr_paraphrase_train.txt"},
      new String[] {"sentiment-labelled-sentences", "_labelled.txt"});

  /** The shipped data files (licenses and SOURCE.txt are not data). */
  static final List<String[]> SHIPPED = List.of(
      new String[] {"fashion-mnist-subset", ".gz"},
      new String[] {"optdigits", "digits.csv.gz"},
      new String[] {"fsdd-subset", "recordings.tar.gz"},
      new String[] {"sentiment-labelled-sentences", "_labelled.txt"});

  private static final Set<String> PER_SAMPLE = Set.of(".wav", ".jpg");

  private MakeKnownFiles() {}

  public static void main(String[] args) throws IOException {
    TreeMap<String, String> lines = new TreeMap<>();
    add(Path.of(args[0]), SHARED, lines);
    Path out = Path.of(args[1]);
    add(out, SHIPPED, lines);
    StringBuilder sb = new StringBuilder();
    sb.append("# BiBench-J known data files: key<TAB>size<TAB>sha256 (whole, or first 16 hex"
        + " digits for per-sample WAV/JPEG files). Made by bibench.data.tools.MakeKnownFiles.\n");
    lines.values().forEach(sb::append);
    Fixtures.write(out, "known-files.tsv.gz",
        Fixtures.gzip(sb.toString().getBytes(StandardCharsets.UTF_8)));
    System.out.println(lines.size() + " files");
  }

  private static void add(Path base, List<String[]> sets, TreeMap<String, String> lines)
      throws IOException {
    for (String[] set : sets) {
      Path root = base.resolve(set[0]);
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
      for (Path f : files) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        String lower = rel.toLowerCase(Locale.ROOT);
        boolean wanted = false;
        for (int i = 1; i < set.length; i++) {
          wanted |= lower.endsWith(set[i]);
        }
        if (!wanted) {
          continue;
        }
        String hex = KnownFiles.sha256(Files.readAllBytes(f));
        boolean perSample = PER_SAMPLE.stream().anyMatch(lower::endsWith);
        String key = set[0] + "/" + rel;
        lines.put(key, key + "\t" + Files.size(f) + "\t" + (perSample ? hex.substring(0, 16) : hex)
            + "\n");
      }
    }
  }
}
