package bibench.data.image.lazy;

import ai.djl.nn.Block;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Modality;
import bibench.data.TaskInfo;
import bibench.data.TaskMetric;
import bibench.data.io.DiskFolder;
import bibench.data.io.KnownFiles;
import bibench.models.Architectures;
import bibench.models.ModelSpec;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.train.Batch;
import bibench.train.BatchSource;
import bibench.train.LrSchedule;
import bibench.train.ModelTrainer;
import bibench.train.TrainingJob;
import bibench.train.TrainingOutcome;
import bibench.train.TrainingRecipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The memory check of the lazy image folder (not a unit test: run it in a JVM with a small heap).
 * It writes a folder of JPEGs in ImageNet's layout whose decoded samples are many times the heap,
 * streams every training image through the ImageNet transform (random resized crop 224, flip) in
 * the prefetch pipeline, then trains the ImageNet ResNet-18 for one epoch on a slice of it through
 * the training loop, and prints data size, heap, peak heap used, peak RSS and images per second.
 *
 * <pre>
 * java -Xmx256m -cp ... bibench.data.image.lazy.LazyFolderCheck DIR [images=4000] [trained=256 (0: no training)] [workers=1]
 * </pre>
 */
public final class LazyFolderCheck {
  private LazyFolderCheck() {}

  private static volatile long maxUsedHeap;

  public static void main(String[] args) throws IOException {
    Thread sampler = new Thread(() -> {
      Runtime rt = Runtime.getRuntime();
      while (true) {
        maxUsedHeap = Math.max(maxUsedHeap, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    Path root = Path.of(args[0]);
    int images = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    int trained = args.length > 2 ? Integer.parseInt(args[2]) : 256;
    int workers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    int classes = 10;
    int w = 320;
    int h = 256;
    long jpegBytes;
    if (!Files.isDirectory(root.resolve("train"))) {
      long t = System.nanoTime();
      jpegBytes = JpegFolders.write(root, "train", classes, images / classes, w, h);
      jpegBytes += JpegFolders.write(root, "val", classes, 10, w, h);
      System.out.printf(Locale.ROOT, "wrote %d + %d JPEGs of %dx%d (%.0f MB) in %.0f s%n", images, classes * 10, w, h,
          jpegBytes / 1e6, (System.nanoTime() - t) / 1e9);
    }
    TaskInfo info = new TaskInfo("imagenet-like", Modality.IMAGE, TaskMetric.ACCURACY, "generated", "none",
        List.of("imagenet-like"), null, "", true, "generated");
    ImageFolderTask task = new ImageFolderTask(info, ImageTransform.IMAGENET);
    DataLocation where = new DataLocation(info.id(), DataLocation.Origin.DATA_DIR,
        new DiskFolder(root, info.id(), "generated", KnownFiles.of(List.of())), "");
    ImageFolderTask.Streamed all = task.open(where, LoadOptions.defaults());
    long heap = Runtime.getRuntime().maxMemory();
    double decoded = (double) all.train().size() * all.train().sampleSize() * Float.BYTES;
    System.out.printf(Locale.ROOT, "data: %d training images, decoded as 3x224x224 floats %.2f GB = %.1f x the heap"
        + " (%.0f MB); as source pixels (%dx%d RGB) %.2f GB%n", all.train().size(), decoded / 1e9, decoded / heap,
        heap / 1e6, w, h, (double) all.train().size() * w * h * 3 / 1e9);

    long t0 = System.nanoTime();
    long seen = 0;
    double checksum = 0;
    try (BatchSource.Pass pass = BatchSource.streamed(all.train(), workers, 2 * workers)
        .pass(identity(all.train().size()), 64, 1)) {
      while (pass.hasNext()) {
        Batch b = pass.next();
        seen += b.size();
        checksum += b.features()[0];
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "pipeline: %d images decoded, cropped and flipped in %.1f s = %.0f images/s"
        + " (%d worker%s, batch 64; checksum %.3f)%n", seen, s, seen / s, workers, workers == 1 ? "" : "s", checksum);
    report("after the pipeline pass");
    if (trained == 0) {
      return;
    }

    ImageFolderTask.Streamed slice = task.open(where, LoadOptions.defaults().withLimits(trained, 64));
    BinaryOperator fp32 = Operators.create("fp32");
    Block block = Architectures.byId("resnet18-imagenet").build(fp32,
        new ModelSpec(ImageTransform.IMAGENET.sampleShape(), classes, 0, 64));
    TrainingJob job = new TrainingJob(block, fp32, tinyTask(slice), TrainingRecipe.sgd(0.05f, LrSchedule.COSINE, 1, 32),
        1, null, (epoch, epochs, loss, sec) -> System.out.printf(Locale.ROOT,
            "training: resnet18-imagenet, epoch %d: %d images in %.1f s = %.1f images/s, loss %.3f%n", epoch + 1,
            slice.train().size(), sec, slice.train().size() / sec, loss));
    TrainingOutcome outcome = ModelTrainer.train(job, BatchSource.streamed(slice.train(), workers, 2 * workers),
        BatchSource.streamed(slice.test(), workers, 2 * workers));
    System.out.printf(Locale.ROOT, "training: evaluated %d validation images through the pipeline (accuracy %.1f %%"
        + " after one short epoch; not meant to learn yet)%n", slice.test().size(), outcome.score().score());
    report("at the end");
  }

  /** A task record for the job: metric and shapes only (the loop reads the streamed splits). */
  private static bibench.data.TaskData tinyTask(ImageFolderTask.Streamed s) {
    int per = s.train().sampleSize();
    bibench.data.Split one = new bibench.data.Split("train", new float[per], new int[] {0}, s.train().sampleShape());
    return new bibench.data.TaskData("imagenet-like", Modality.IMAGE, one, one.renamed("test"),
        s.train().classNames(), TaskMetric.ACCURACY, s.source(), true, 0);
  }

  private static int[] identity(int n) {
    int[] o = new int[n];
    for (int i = 0; i < n; i++) {
      o[i] = i;
    }
    return o;
  }

  private static void report(String when) throws IOException {
    String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
        .findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
    System.out.printf(Locale.ROOT, "memory %s: heap max %.0f MB, most heap in use %.0f MB (sampled every 20 ms),"
        + " peak RSS %s%n", when, Runtime.getRuntime().maxMemory() / 1e6, maxUsedHeap / 1e6, hwm.substring(hwm.indexOf(':') + 2));
  }
}
