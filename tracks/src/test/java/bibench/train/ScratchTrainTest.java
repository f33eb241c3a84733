package bibench.train;

import bibench.data.*;
import bibench.models.*;
import bibench.operators.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ScratchTrainTest {
  static TaskData optdigits() throws IOException {
    List<float[]> xs = new ArrayList<>(); List<Integer> ys = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of("/work/shared/data/optdigits/digits.csv.gz")))))) {
      String line; while ((line = r.readLine()) != null) { String[] p = line.split(","); float[] x = new float[64]; for (int i = 0; i < 64; i++) x[i] = Float.parseFloat(p[i]) / 16f; xs.add(x); ys.add((int) Float.parseFloat(p[64])); }
    }
    int n = xs.size(); int nt = n * 4 / 5;
    float[] tx = new float[nt * 64]; int[] ty = new int[nt]; float[] vx = new float[(n - nt) * 64]; int[] vy = new int[n - nt];
    for (int i = 0; i < n; i++) { if (i < nt) { System.arraycopy(xs.get(i), 0, tx, i * 64, 64); ty[i] = ys.get(i);} else { System.arraycopy(xs.get(i), 0, vx, (i - nt) * 64, 64); vy[i - nt] = ys.get(i);} }
    List<String> names = new ArrayList<>(); for (int i = 0; i < 10; i++) names.add("" + i);
    return new TaskData("optdigits", Modality.IMAGE, new Split("train", tx, ty, new int[]{1, 8, 8}), new Split("test", vx, vy, new int[]{1, 8, 8}), names, TaskMetric.ACCURACY, "uci", false, 0);
  }

  @Test
  void train() throws IOException {
    TaskData data = optdigits();
    for (String arch : List.of("mlp", "cnn-small")) {
      Architecture a = Architectures.byId(arch);
      ModelSpec spec = new ModelSpec(data.train().sampleShape(), 10, 0, arch.equals("mlp") ? 256 : 32);
      BinaryOperator fp = Operators.create("fp32");
      long t0 = System.nanoTime();
      TrainingOutcome fpOut = ModelTrainer.train(new TrainingJob(a.build(fp, spec), fp, data, TrainingRecipe.adam(1e-3f, LrSchedule.COSINE, 10, 64), 1, null, null));
      System.out.printf("%s fp32 %.2f%% %.1fs/epoch%n", arch, fpOut.score().score(), fpOut.secondsPerEpoch());
      for (String id : Operators.ids()) {
        if (id.equals("fp32")) continue;
        BinaryOperator op = Operators.create(id);
        TrainingOutcome out = ModelTrainer.train(new TrainingJob(a.build(op, spec), op, data, TrainingRecipe.adam(1e-3f, LrSchedule.COSINE, 5, 64), 1, fpOut.weights(), null));
        System.out.printf("%s %s %.2f%% %.2fs/epoch loss %.3f%n", arch, id, out.score().score(), out.secondsPerEpoch(), out.finalLoss());
      }
      System.out.printf("%s total %.1fs%n", arch, (System.nanoTime() - t0) / 1e9);
    }
  }
}
