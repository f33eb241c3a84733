package bibench.data.audio;

import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.DescribedTask;
import bibench.data.io.DataFolder;
import bibench.data.io.SampleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Google Speech Commands (v0.01 layout): {@code <word>/<speaker>_nohash_<n>.wav} at 16 kHz, with
 * the official {@code testing_list.txt} and {@code validation_list.txt}. The classes are the word
 * folders present, sorted (folders starting with '_', such as {@code _background_noise_}, are
 * not words): the full set gives its 30 words, and so does the 300-clip sample, which has no
 * silence or unknown class. Train = files in neither list; test = files in the testing list
 * (validation files are left out). Clips are decimated to 8 kHz ({@link Decimator}) and turned
 * into standardised log-mel features of shape {32, 32} ({@link LogMel}).
 *
 * <p>The files may sit directly in the set's folder or in a sub-folder {@code
 * speech_commands_v0.01/} (as in the sample).
 */
public final class SpeechCommandsTask extends DescribedTask {

  /** The sub-folder some copies keep the set in. */
  public static final String INNER = "speech_commands_v0.01";


  /** @param info the task */
  public SpeechCommandsTask(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    DataFolder folder = where.folder();
    String base = folder.exists(INNER + "/testing_list.txt") ? INNER + "/" : "";
    Set<String> testing = readList(folder, base + "testing_list.txt");
    Set<String> validation = readList(folder, base + "validation_list.txt");
    SampleFiles files = SampleFiles.directory(folder, base.isEmpty() ? "" : INNER, ".wav");
    TreeSet<String> words = new TreeSet<>();
    List<String> clipNames = new ArrayList<>();
    for (String name : files.names()) {
      String rel = name.substring(base.length());
      String word = SampleFiles.parentName(rel);
      if (word.isEmpty() || word.startsWith("_") || rel.indexOf('/') != word.length()) {
        continue;
      }
      words.add(word);
      clipNames.add(name);
    }
    List<String> classes = List.copyOf(words);
    List<SpeechSplits.Clip> train = new ArrayList<>();
    List<SpeechSplits.Clip> test = new ArrayList<>();
    for (String name : clipNames) {
      String rel = name.substring(base.length());
      SpeechSplits.Clip clip =
          new SpeechSplits.Clip(name, classes.indexOf(SampleFiles.parentName(rel)));
      if (testing.contains(rel)) {
        test.add(clip);
      } else if (!validation.contains(rel)) {
        train.add(clip);
      }
    }
    String set = folder.setName();
    Split tr = SpeechSplits.features(files, train, classes.size(), options.seed(),
        options.maxTrain(), "train", set);
    Split te = SpeechSplits.features(files, test, classes.size(), options.seed(),
        options.maxTest(), "test", set);
    Split[] std = SpeechSplits.standardize(tr, te);
    return new TaskData(info().id(), info().modality(), std[0], std[1], classes, info().metric(),
        info().sourceLine(where), false, 0);
  }

  private static Set<String> readList(DataFolder folder, String rel) {
    try (InputStream in = folder.open(rel)) {
      Set<String> names = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
        if (!line.isBlank()) {
          names.add(line.trim());
        }
      }
      return names;
    } catch (IOException e) {
      throw folder.unreadable(rel, e);
    }
  }
}
