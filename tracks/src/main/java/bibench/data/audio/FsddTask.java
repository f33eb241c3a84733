package bibench.data.audio;

import bibench.BadInputException;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.DescribedTask;
import bibench.data.io.DataFolder;
import bibench.data.io.SampleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Free Spoken Digit Dataset: WAVs named {@code {digit}_{speaker}_{index}.wav} (8 kHz mono),
 * ten classes (the digits). The official split: recordings with index 0-4 of every speaker are
 * the test set, the rest train. The files may be in the folder {@code recordings/} or packed in
 * one tar, {@code recordings.tar} or {@code recordings.tar.gz} (as the project ships its subset).
 * Samples are standardised log-mel features of shape {32, 32} ({@link LogMel}).
 */
public final class FsddTask extends DescribedTask {

  private static final Pattern NAME = Pattern.compile("(\\d)_([A-Za-z0-9]+)_(\\d+)\\.wav");
  private static final List<String> CLASSES =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");


  /** @param info the task */
  public FsddTask(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    SampleFiles files = recordings(where.folder());
    List<SpeechSplits.Clip> train = new ArrayList<>();
    List<SpeechSplits.Clip> test = new ArrayList<>();
    for (String name : files.names()) {
      Matcher m = NAME.matcher(SampleFiles.baseName(name));
      if (!m.matches()) {
        throw new BadInputException(
            "FSDD file " + files.where(name) + " is not named {digit}_{speaker}_{index}.wav",
            "keep only the data set's recordings in the folder");
      }
      int digit = Integer.parseInt(m.group(1));
      int index = Integer.parseInt(m.group(3));
      (index <= 4 ? test : train).add(new SpeechSplits.Clip(name, digit));
    }
    String set = where.folder().setName();
    Split tr = SpeechSplits.features(files, train, 10, options.seed(), options.maxTrain(), "train",
        set);
    Split te = SpeechSplits.features(files, test, 10, options.seed(), options.maxTest(), "test",
        set);
    Split[] std = SpeechSplits.standardize(tr, te);
    return new TaskData(info().id(), info().modality(), std[0], std[1], CLASSES, info().metric(),
        info().sourceLine(where), false, 0);
  }

  /** The recordings folder, or the tar that packs it. */
  static SampleFiles recordings(DataFolder folder) {
    if (folder.exists("recordings") && folder.path("recordings").isPresent()) {
      return SampleFiles.directory(folder, "recordings", ".wav");
    }
    for (String tar : List.of("recordings.tar.gz", "recordings.tar")) {
      if (folder.exists(tar)) {
        return SampleFiles.tar(folder, tar, ".wav");
      }
    }
    throw new BadInputException(
        "data set " + folder.setName() + ": neither the folder " + folder.describe("recordings")
            + "/ nor " + folder.describe("recordings.tar") + " exists",
        folder.howToGet());
  }
}
