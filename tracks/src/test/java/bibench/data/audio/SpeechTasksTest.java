package bibench.data.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.data.Fixtures;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.catalog.Tasks;
import bibench.data.io.KnownFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FSDD and Speech Commands from WAV files the test writes. */
class SpeechTasksTest {

  private static DataSources in(Path dir) {
    return DataSources.of(dir, null, null, false).withKnownFiles(KnownFiles.of(List.of()));
  }

  /** Digit d is a tone of 300 + 300 d Hz, half a second long. */
  private static byte[] digitClip(int d, int rate) {
    return Fixtures.wav16(rate, 1, Fixtures.sine(300 + 300 * d, rate, rate / 2, 0.5));
  }

  private static int loudestBand(Split s, int sample) {
    int best = 0;
    float[] x = s.features();
    for (int m = 0; m < 32; m++) {
      if (x[sample * 1024 + m * 32 + 16] > x[sample * 1024 + best * 32 + 16]) {
        best = m;
      }
    }
    return best;
  }

  @Test
  void fsddSplitsByIndexAndStandardisesWithTrainingStatistics(@TempDir Path dir) {
    for (int d = 0; d < 10; d++) {
      for (String speaker : List.of("ann", "bob")) {
        for (int index : new int[] {0, 3, 5, 7, 9}) {
          Fixtures.write(dir, "fsdd/recordings/" + d + "_" + speaker + "_" + index + ".wav",
              digitClip(d, 8000));
        }
      }
    }
    TaskData d = Tasks.load("fsdd", in(dir), LoadOptions.defaults());
    assertEquals(60, d.train().size()); // indices 5, 7, 9 of 2 speakers x 10 digits
    assertEquals(40, d.test().size()); // indices 0, 3
    assertArrayEquals(new int[] {32, 32}, d.train().sampleShape());
    double sum = 0;
    for (float v : d.train().features()) {
      sum += v;
    }
    assertEquals(0, sum / d.train().features().length, 1e-4);
    // Higher digits are higher tones: the loudest band grows with the label.
    Split te = d.test();
    for (int i = 0; i < te.size(); i++) {
      for (int j = 0; j < te.size(); j++) {
        if (te.labels()[i] < te.labels()[j]) {
          assertTrue(loudestBand(te, i) <= loudestBand(te, j));
        }
      }
    }
  }

  @Test
  void fsddReadsATarOfRecordingsWithALimit(@TempDir Path dir) {
    Fixtures.TarBuilder tar = new Fixtures.TarBuilder();
    for (int d = 0; d < 10; d++) {
      for (int index : new int[] {1, 6, 8}) {
        tar.file("recordings/" + d + "_ann_" + index + ".wav", digitClip(d, 8000));
      }
    }
    Fixtures.write(dir, "fsdd/recordings.tar.gz", Fixtures.gzip(tar.build()));
    TaskData d = Tasks.load("fsdd", in(dir), LoadOptions.defaults().withLimits(10, 100));
    assertEquals(10, d.train().size());
    assertEquals(10, d.test().size());
    int[] seen = new int[10];
    for (int y : d.train().labels()) {
      seen[y]++;
    }
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, seen);
  }

  @Test
  void fsddWithNoTrainingRecordingsNamesTheEmptySplit(@TempDir Path dir) {
    Fixtures.write(dir, "fsdd/recordings/1_ann_0.wav", digitClip(1, 8000));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("fsdd", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("data set fsdd: the train split is empty"), e.getMessage());
  }

  @Test
  void fsddRejectsAFileNamedOutsideTheScheme(@TempDir Path dir) {
    Fixtures.write(dir, "fsdd/recordings/hello.wav", digitClip(1, 8000));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("fsdd", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("hello.wav is not named"), e.getMessage());
  }

  @Test
  void speechCommandsUsesTheOfficialListsAndTheWordFoldersPresent(@TempDir Path dir) {
    String base = "speech-commands-v0.01-sample/speech_commands_v0.01/";
    List<String> words = List.of("yes", "no", "go");
    for (int w = 0; w < words.size(); w++) {
      for (int n = 0; n < 4; n++) {
        Fixtures.write(dir, base + words.get(w) + "/a" + n + "_nohash_0.wav",
            digitClip(3 * w, 16000));
      }
    }
    Fixtures.write(dir, base + "_background_noise_/noise.wav", digitClip(0, 16000));
    Fixtures.write(dir, base + "testing_list.txt",
        "yes/a0_nohash_0.wav\nno/a0_nohash_0.wav\ngo/a0_nohash_0.wav\nup/zz_nohash_0.wav\n");
    Fixtures.write(dir, base + "validation_list.txt", "yes/a1_nohash_0.wav\r\n");
    TaskData d = Tasks.load("speech-commands", in(dir), LoadOptions.defaults());
    assertEquals(List.of("go", "no", "yes"), d.classNames());
    assertEquals(3, d.test().size());
    assertEquals(12 - 3 - 1, d.train().size());
    // Written as yes = 300 Hz, no = 1,200 Hz, go = 2,100 Hz; sorted labels go 0, no 1, yes 2.
    for (int i = 0; i < d.test().size(); i++) {
      int y = d.test().labels()[i];
      double peak = MelFilterBank.melToHz(
          (loudestBand(d.test(), i) + 1) * MelFilterBank.hzToMel(4000) / 33);
      double tone = new double[] {2100, 1200, 300}[y];
      assertEquals(tone, peak, 0.25 * tone);
    }
  }

  @Test
  void speechCommandsWithoutItsTestingListNamesTheFile(@TempDir Path dir) {
    Fixtures.write(dir, "speech_commands_v0.01/yes/a_nohash_0.wav", digitClip(1, 16000));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Tasks.load("speech-commands", in(dir), LoadOptions.defaults()));
    assertTrue(e.getMessage().contains("testing_list.txt is missing"), e.getMessage());
  }
}
