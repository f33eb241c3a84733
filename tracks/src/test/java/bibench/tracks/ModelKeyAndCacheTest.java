package bibench.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.data.DataFingerprint;
import bibench.data.Modality;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskMetric;
import bibench.train.LrSchedule;
import bibench.train.TaskScore;
import bibench.train.TrainingOutcome;
import bibench.train.TrainingRecipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One key names a trained model for every cell that needs it, and the cross-run cache reuses an
 * FP32 model only for the same plan, data and code.
 */
class ModelKeyAndCacheTest {
  private static final TrainingRecipe FP = TrainingRecipe.adam(2e-3f, LrSchedule.COSINE, 8, 64);
  private static final TrainingRecipe BIN = TrainingRecipe.adam(1e-3f, LrSchedule.COSINE, 8, 64);

  private static TaskPlan plan(TrainingRecipe fp32, boolean scratch) {
    return new TaskPlan("optdigits", "mlp", 64, 0, 0, 0, fp32, BIN, scratch, List.of(1L, 2L));
  }

  @Test
  void cellsOfOnePlanAndSeedShareTheFp32Key() {
    assertEquals(ModelKey.fp32(plan(FP, false), 1), ModelKey.fp32(plan(FP, false), 1));
    assertNotEquals(ModelKey.fp32(plan(FP, false), 1), ModelKey.fp32(plan(FP, false), 2), "seed");
    assertNotEquals(ModelKey.fp32(plan(FP, false), 1), ModelKey.fp32(plan(FP.withEpochs(9), false), 1), "recipe");
  }

  @Test
  void binarizedKeysNameTheirStart() {
    ModelKey finetuned = ModelKey.binarized(plan(FP, false), "bnn", 1, BIN);
    ModelKey scratch = ModelKey.binarized(plan(FP, true), "bnn", 1, BIN);
    assertNotEquals(finetuned, scratch);
    assertNotEquals(finetuned, ModelKey.binarized(plan(FP.withEpochs(3), false), "bnn", 1, BIN),
        "a binarized model started from another FP32 model is another model");
    assertNotEquals(finetuned, ModelKey.binarized(plan(FP, false), "xnor", 1, BIN));
  }

  @Test
  void storageNamesDependOnDataAndCode() {
    ModelKey key = ModelKey.fp32(plan(FP, false), 1);
    assertEquals(key.storageName("d", "c"), key.storageName("d", "c"));
    assertNotEquals(key.storageName("d", "c"), key.storageName("d2", "c"));
    assertNotEquals(key.storageName("d", "c"), key.storageName("d", "c2"));
  }

  private static TaskData data(float first) {
    Split train = new Split("train", new float[] {first, 1, 2, 3}, new int[] {0, 1}, new int[] {2});
    Split test = new Split("test", new float[] {4, 5}, new int[] {1}, new int[] {2});
    return new TaskData("t", Modality.IMAGE, train, test, List.of("a", "b"), TaskMetric.ACCURACY, "", false, 0);
  }

  @Test
  void dataFingerprintsFollowEveryValue() {
    assertEquals(DataFingerprint.of(data(0)), DataFingerprint.of(data(0)));
    assertNotEquals(DataFingerprint.of(data(0)), DataFingerprint.of(data(0.5f)));
  }

  @Test
  void trainingCodeHashIsStableAndFollowsClassBytes(@TempDir Path dir) throws IOException {
    assertEquals(TrainingCode.hash(), TrainingCode.hash());
    Path classes = dir.resolve("bibench/train");
    Files.createDirectories(classes);
    Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("bibench/Other.class"), new byte[] {9});
    String before = TrainingCode.hashLocation(dir, true);
    Files.write(dir.resolve("bibench/Other.class"), new byte[] {8});
    assertEquals(before, TrainingCode.hashLocation(dir, true), "classes outside the training code do not count");
    Files.write(classes.resolve("A.class"), new byte[] {1, 2, 4});
    assertNotEquals(before, TrainingCode.hashLocation(dir, true));
  }

  private static TrainingOutcome outcome(double score) {
    return new TrainingOutcome(new TaskScore(TaskMetric.ACCURACY, score, score, Double.NaN, Double.NaN),
        new double[] {1, 2}, 0.1, -1, null);
  }

  @Test
  void sharedModelsAreTrainedOnceAcrossRuns(@TempDir Path dir) throws IOException {
    Path shared = dir.resolve("cache");
    AtomicInteger trained = new AtomicInteger();
    CheckpointStore first = new CheckpointStore(dir.resolve("run1"), shared);
    assertEquals(91.0, first.getOrTrain("m", true, () -> {
      trained.incrementAndGet();
      return outcome(91);
    }).score().score());
    CheckpointStore second = new CheckpointStore(dir.resolve("run2"), shared);
    assertEquals(91.0, second.getOrTrain("m", true, () -> {
      trained.incrementAndGet();
      return outcome(50);
    }).score().score());
    assertEquals(1, trained.get());
    assertTrue(Files.isRegularFile(shared.resolve("m.ckpt")));
    try (var files = Files.list(shared)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void unsharedModelsStayInTheirRun(@TempDir Path dir) {
    Path shared = dir.resolve("cache");
    new CheckpointStore(dir.resolve("run1"), shared).getOrTrain("m", false, () -> outcome(70));
    assertFalse(Files.exists(shared.resolve("m.ckpt")));
    assertTrue(Files.isRegularFile(dir.resolve("run1").resolve("m.ckpt")));
    AtomicInteger trained = new AtomicInteger();
    new CheckpointStore(dir.resolve("run2"), shared).getOrTrain("m", false, () -> {
      trained.incrementAndGet();
      return outcome(71);
    });
    assertEquals(1, trained.get(), "another run trains its own copy");
  }

  @Test
  void aDamagedCacheFileIsRetrainedNotTrusted(@TempDir Path dir) throws IOException {
    Path shared = dir.resolve("cache");
    Files.createDirectories(shared);
    Files.write(shared.resolve("m.ckpt"), new byte[] {0, 0, 0, 1, 5});
    assertEquals(64.0, new CheckpointStore(null, shared).getOrTrain("m", true, () -> outcome(64)).score().score());
  }

  @Test
  void trivialScoreAnswersTheTrainingMajority() {
    int[] train = {2, 2, 1, 0, 2};
    int[] test = {2, 1, 1, 2};
    assertEquals(50.0, TaskScore.majorityClass(TaskMetric.ACCURACY, train, test).score(), 1e-12);
    assertEquals(0.0, TaskScore.majorityClass(TaskMetric.MATTHEWS, new int[] {1, 1, 0}, new int[] {0, 1, 1}).score(),
        1e-12, "a constant answer has no correlation");
    // MRPC-like: always 1 on {1,1,0,1}: accuracy 75, F1 = 2*3/(2*3+1+0) = 85.714..., mean 80.357...
    assertEquals((75 + 600.0 / 7) / 2,
        TaskScore.majorityClass(TaskMetric.ACCURACY_F1, new int[] {1, 1, 0}, new int[] {1, 1, 0, 1}).score(), 1e-9);
    assertEquals(25.0, TaskScore.majorityClass(TaskMetric.ACCURACY, new int[] {1, 0}, new int[] {0, 1, 1, 1}).score(),
        1e-12, "ties go to the lowest class");
  }

  @Test
  void changedSamplesCountsWhatACorruptionTouched() {
    Split clean = new Split("test", new float[] {0, 1, 2, 3, 4, 5}, new int[] {0, 1, 0}, new int[] {2});
    Split same = new Split("c", new float[] {0, 1, 2, 3, 4, 5}, new int[] {0, 1, 0}, new int[] {2});
    Split two = new Split("c", new float[] {0, 1.5f, 2, 3, 4, -5}, new int[] {0, 1, 0}, new int[] {2});
    assertEquals(0, RobustnessCell.changedSamples(clean, same));
    assertEquals(2, RobustnessCell.changedSamples(clean, two));
  }
}
