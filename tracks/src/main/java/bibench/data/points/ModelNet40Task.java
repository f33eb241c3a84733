package bibench.data.points;

import bibench.BadInputException;
import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.DescribedTask;
import bibench.data.io.DataFolder;
import bibench.data.io.MemoryBudget;
import bibench.data.io.SampleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * ModelNet40 (or any set in its layout): {@code <class>/train/*.off} and {@code
 * <class>/test/*.off} under the set's folder; the classes are the class folders, sorted. Each
 * mesh becomes N points drawn uniformly over its surface ({@link OffMesh#sample}), normalised to
 * the unit sphere; the points of a mesh depend only on (seed, file name). Only the meshes chosen
 * by the class-balanced limits are parsed. Sample shape {3, N}.
 */
public final class ModelNet40Task extends DescribedTask {


  /** @param info the task */
  public ModelNet40Task(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    DataFolder folder = where.folder();
    SampleFiles files = SampleFiles.directory(folder, "", ".off");
    TreeSet<String> classSet = new TreeSet<>();
    List<String> train = new ArrayList<>();
    List<String> test = new ArrayList<>();
    for (String name : files.names()) {
      String[] parts = name.split("/");
      if (parts.length != 3 || !(parts[1].equals("train") || parts[1].equals("test"))) {
        continue;
      }
      classSet.add(parts[0]);
      (parts[1].equals("train") ? train : test).add(name);
    }
    List<String> classes = List.copyOf(classSet);
    Split tr = read(files, train, classes, "train", options.maxTrain(), options, folder);
    Split te = read(files, test, classes, "test", options.maxTest(), options, folder);
    return new TaskData(info().id(), info().modality(), tr, te, classes, info().metric(),
        info().sourceLine(where), false, 0);
  }

  private static Split read(SampleFiles files, List<String> names, List<String> classes,
      String split, int max, LoadOptions options, DataFolder folder) {
    if (names.isEmpty()) {
      throw new BadInputException(
          "data set " + folder.setName() + ": the " + split + " split is empty (no "
              + "<class>/" + split + "/*.off files in " + folder.describe() + ")",
          folder.howToGet());
    }
    int[] labels = new int[names.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = classes.indexOf(names.get(i).substring(0, names.get(i).indexOf('/')));
    }
    int[] order = BalancedOrder.of(labels, classes.size(), options.seed(), max);
    int n = options.pointsPerCloud();
    float[] x = MemoryBudget.floats(3L * order.length * n, String.format(java.util.Locale.ROOT,
        "the %s split of %s (%,d meshes of %,d points)", split, folder.setName(), order.length, n),
        "lower max_train / max_test (or points) of the task in the suite");
    int[] y = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      String name = names.get(order[i]);
      byte[] bytes = files.read(List.of(name)).get(0);
      OffMesh mesh = OffMesh.parse(bytes, files.where(name));
      SplittableRandom r =
          new SplittableRandom(BalancedOrder.mix(options.seed(), name.hashCode()));
      double[][] pts = mesh.sample(n, r, files.where(name));
      PointClouds.normalizeToUnitSphere(pts);
      for (double[] p : pts) {
        if (!(Double.isFinite(p[0]) && Double.isFinite(p[1]) && Double.isFinite(p[2]))) {
          throw OffMesh.bad(files.where(name), "its points are not finite after scaling to the"
              + " unit sphere (coordinates too large for doubles)");
        }
      }
      PointClouds.pack(pts, x, i * 3 * n);
      y[i] = labels[order[i]];
    }
    return new Split(split, x, y, new int[] {3, n});
  }
}
