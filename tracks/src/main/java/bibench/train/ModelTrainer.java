package bibench.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import bibench.device.TrainingDevice;
import java.util.Random;

/**
 * The training loop every track uses: mini-batches from a {@link BatchSource} (a split's bulk
 * arrays, or a split streamed from disk), each in its own manager, on {@link TrainingDevice}'s
 * device; the operator's epoch hook at the start of every epoch; a check for NaN or infinite
 * loss after every update, which stops the run and records the epoch instead of a number.
 */
public final class ModelTrainer {
  private ModelTrainer() {}

  /** Trains {@code job.block()} and scores it on the task's test split. */
  public static TrainingOutcome train(TrainingJob job) {
    return train(job, BatchSource.of(job.data().train()), BatchSource.of(job.data().test()));
  }

  /**
   * Trains {@code job.block()} on {@code train} and scores it on {@code test}: the same loop, with
   * the batches taken from any {@link BatchSource}, such as a split streamed from disk. The job's
   * task gives the metric; its splits are not read.
   */
  public static TrainingOutcome train(TrainingJob job, BatchSource train, BatchSource test) {
    TrainingRecipe recipe = job.recipe();
    int batch = Math.min(recipe.batchSize(), train.size());
    int updatesPerEpoch = (train.size() + batch - 1) / batch;
    Engine.getInstance().setRandomSeed((int) (job.seed() ^ (job.seed() >>> 32)));
    try (Model model = Model.newInstance("bibench-" + job.operator().id(), TrainingDevice.device())) {
      model.setBlock(job.block());
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
          .optOptimizer(recipe.newOptimizer(updatesPerEpoch * recipe.epochs()))
          .optDevices(new Device[] {TrainingDevice.device()});
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(Batches.shape(train.sampleShape(), batch));
        if (job.warmStart() != null) {
          job.warmStart().restoreInto(job.block());
        }
        return loop(job, trainer, batch, train, test);
      }
    }
  }

  private static TrainingOutcome loop(TrainingJob job, Trainer trainer, int batch, BatchSource train,
      BatchSource test) {
    int epochs = job.recipe().epochs();
    double[] seconds = new double[epochs];
    double meanLoss = Double.NaN;
    Random shuffle = new Random(job.seed() * 0x9E3779B97F4A7C15L + 1);
    for (int epoch = 0; epoch < epochs; epoch++) {
      job.operator().onEpoch(epoch, epochs);
      int[] order = permutation(train.size(), shuffle);
      long start = System.nanoTime();
      double lossSum = 0;
      int updates = 0;
      try (BatchSource.Pass pass = train.pass(order, batch, (job.seed() * 1_000_003L + epoch) & Long.MAX_VALUE)) {
        while (pass.hasNext()) {
          Batch next = pass.next();
          if (next.size() < 2 && updates > 0) {
            break; // BatchNorm cannot train on a batch of one
          }
          float loss = step(trainer, next, train.sampleShape());
          NativeMemory.purgeIfGrown();
          if (!Float.isFinite(loss)) {
            return divergedAt(job, seconds, epoch);
          }
          lossSum += loss;
          updates++;
        }
      }
      seconds[epoch] = (System.nanoTime() - start) / 1e9;
      meanLoss = lossSum / Math.max(1, updates);
      job.listener().onEpoch(epoch, epochs, meanLoss, seconds[epoch]);
    }
    WeightSnapshot weights = WeightSnapshot.capture(job.block());
    if (weights.hasNonFinite()) {
      return divergedAt(job, seconds, epochs - 1);
    }
    int[] predictions = Evaluation.predict(job.block(), trainer.getManager(), test, Math.max(batch, 256));
    if (predictions == null) {
      return divergedAt(job, seconds, epochs - 1);
    }
    TaskScore score = TaskScore.of(job.data().metric(), predictions, test.labels());
    return new TrainingOutcome(score, seconds, meanLoss, -1, weights);
  }

  private static float step(Trainer trainer, Batch batch, int[] sampleShape) {
    try (NDManager batchManager = trainer.getManager().newSubManager()) {
      NDArray x = batchManager.create(batch.features(), Batches.shape(sampleShape, batch.size()));
      NDArray y = batchManager.create(batch.labels());
      float loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
        NDArray lossValue = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
        loss = lossValue.getFloat();
        if (!Float.isFinite(loss)) {
          return loss;
        }
        collector.backward(lossValue);
      }
      trainer.step();
      return loss;
    }
  }

  private static TrainingOutcome divergedAt(TrainingJob job, double[] seconds, int epoch) {
    return new TrainingOutcome(TaskScore.diverged(job.data().metric()), seconds, Double.NaN, epoch, null);
  }

  private static int[] permutation(int n, Random random) {
    int[] order = Batches.identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
