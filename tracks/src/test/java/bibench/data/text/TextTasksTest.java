package bibench.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.data.Fixtures;
import bibench.data.LoadOptions;
import bibench.data.TaskData;
import bibench.data.TaskMetric;
import bibench.data.catalog.Tasks;
import bibench.data.io.KnownFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SST-2, CoLA, MRPC and the UCI sentences from small files the test writes. */
class TextTasksTest {

  private static DataSources in(Path dir) {
    return DataSources.of(dir, null, null, false).withKnownFiles(KnownFiles.of(List.of()));
  }

  @Test
  void sst2BuildsItsVocabularyFromTrainingSentencesOnly(@TempDir Path dir) {
    Fixtures.write(dir, "glue-sst2/train.tsv",
        "sentence\tlabel\ngood good film \t1\nbad film \t0\r\n\n");
    Fixtures.write(dir, "glue-sst2/dev.tsv", "sentence\tlabel\ngood unseen \t1\n");
    TaskData d = Tasks.load("sst2", in(dir), LoadOptions.defaults().withMaxTokens(4, 8));
    // vocabulary: good 2, film 2 -> film 3, good 4 (tie: alphabetical); bad 5
    assertEquals(6, d.vocabularySize());
    assertArrayEquals(new float[] {4, 1, 0, 0}, d.test().features());
    assertEquals(2, d.train().size());
    assertEquals(TaskMetric.ACCURACY, d.metric());
  }

  @Test
  void aWrongHeaderAShortLineAndABadLabelAreNamedByFileAndLine(@TempDir Path dir) {
    Fixtures.write(dir, "glue-sst2/train.tsv", "text\tlabel\ngood\t1\n");
    Fixtures.write(dir, "glue-sst2/dev.tsv", "sentence\tlabel\ngood\t1\n");
    BadInputException header = assertThrows(BadInputException.class,
        () -> Tasks.load("sst2", in(dir), LoadOptions.defaults()));
    assertTrue(header.getMessage().contains("train.tsv line 1: expected the header"),
        header.getMessage());

    Fixtures.write(dir, "glue-sst2/train.tsv", "sentence\tlabel\ngood\t1\nno label here\n");
    BadInputException columns = assertThrows(BadInputException.class,
        () -> Tasks.load("sst2", in(dir), LoadOptions.defaults()));
    assertTrue(columns.getMessage().contains(
        "train.tsv line 3: expected 2 tab-separated columns (sentence, label), found 1"),
        columns.getMessage());

    Fixtures.write(dir, "glue-sst2/train.tsv", "sentence\tlabel\ngood\t1\nbad\tneg\n");
    BadInputException label = assertThrows(BadInputException.class,
        () -> Tasks.load("sst2", in(dir), LoadOptions.defaults()));
    assertTrue(label.getMessage().contains("train.tsv line 3: label 'neg' is not 0 or 1"),
        label.getMessage());
  }

  @Test
  void colaReadsTheFourColumnRawFilesAndScoresByMatthews(@TempDir Path dir) {
    Fixtures.write(dir, "glue-cola/cola_public/raw/in_domain_train.tsv",
        "gj04\t1\t\tThe cat sat.\ngj04\t0\t*\tCat the sat.\n");
    Fixtures.write(dir, "glue-cola/cola_public/raw/in_domain_dev.tsv", "gj04\t1\t\tThe cat.\n");
    TaskData d = Tasks.load("cola", in(dir), LoadOptions.defaults());
    assertEquals(TaskMetric.MATTHEWS, d.metric());
    assertEquals(List.of("unacceptable", "acceptable"), d.classNames());
    // cat 2, sat 2, the 2 -> cat 3, sat 4, the 5
    assertArrayEquals(new float[] {5, 3}, java.util.Arrays.copyOf(d.test().features(), 2));
  }

  @Test
  void mrpcHoldsOutATenthOfTrainAndEncodesPairs(@TempDir Path dir) {
    StringBuilder sb = new StringBuilder("\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n");
    for (int i = 0; i < 40; i++) {
      sb.append(i % 4 == 0 ? 0 : 1).append('\t').append(i).append('\t').append(i + 100)
          .append("\tword").append(i).append(" alpha\tbeta\n");
    }
    Fixtures.write(dir, "glue-mrpc/msr_paraphrase_train.txt", sb.toString());
    TaskData d = Tasks.load("mrpc", in(dir), LoadOptions.defaults());
    assertEquals(TaskMetric.ACCURACY_F1, d.metric());
    assertEquals(4, d.test().size()); // round(10 * 0.1) + round(30 * 0.1)
    assertEquals(36, d.train().size());
    assertArrayEquals(new int[] {64}, d.test().sampleShape());
    float[] row = d.train().features();
    // [word_i alpha] SEP [beta] then padding
    assertEquals(2f, row[2]);
    assertEquals(0f, row[4]);
    assertTrue(row[0] >= 3);
  }

  @Test
  void sentimentHoldsOutAFifthOfEachLabelInEachFile(@TempDir Path dir) {
    for (String f : SentimentTask.FILES) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        sb.append("line ").append(i).append(" of ").append(f.substring(0, 4)).append("  \t")
            .append(i % 2).append('\n');
      }
      Fixtures.write(dir, "sentiment-labelled-sentences/" + f, sb.toString());
    }
    TaskData d = Tasks.load("sentiment", in(dir), LoadOptions.defaults());
    assertEquals(6, d.test().size()); // round(5 * 0.2) = 1 per label per file
    assertEquals(24, d.train().size());
  }
}
