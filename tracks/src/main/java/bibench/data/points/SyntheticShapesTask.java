package bibench.data.points;

import bibench.data.BalancedOrder;
import bibench.data.DataLocation;
import bibench.data.LoadOptions;
import bibench.data.Split;
import bibench.data.TaskData;
import bibench.data.TaskInfo;
import bibench.data.DescribedTask;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SYNTHETIC point clouds, generated in Java because no real point-cloud set can be shipped:
 * eight labelled primitives ({@link Primitive}: sphere, cube, cylinder, cone, torus, pyramid,
 * capsule, disc), a stand-in for ModelNet40 that every table names as synthetic ({@code
 * synthetic-shapes}, {@link TaskData#synthetic()} = true).
 *
 * <p>Each shape: N points drawn uniformly over the primitive's surface, each axis scaled by its
 * own factor from [0.75, 1.25], a uniformly random rotation, normalised to the unit sphere
 * (centred, farthest point at 1), then every coordinate jittered with Gaussian noise of standard
 * deviation {@value #NOISE}. Shape {@code i} of a split is generated from its own generator seeded
 * by (seed, split, i), so any shape is the same on every run with the same seed, whatever the
 * limits. Shapes come in round-robin class order; sample shape {3, N}.
 */
public final class SyntheticShapesTask extends DescribedTask {

  /** Standard deviation of the jitter added to every coordinate. */
  public static final double NOISE = 0.02;

  /** Smallest and largest per-axis scale factor. */
  public static final double MIN_SCALE = 0.75;

  /** Largest per-axis scale factor. */
  public static final double MAX_SCALE = 1.25;

  private static final List<Primitive> SHAPES = List.of(Primitive.values());


  /** @param info the task */
  public SyntheticShapesTask(TaskInfo info) {
    super(info);
  }


  @Override
  public TaskData load(DataLocation where, LoadOptions options) {
    int k = SHAPES.size();
    int trainCount = (int) Math.min(options.maxTrain(), (long) options.syntheticTrainPerClass() * k);
    int testCount = (int) Math.min(options.maxTest(), (long) options.syntheticTestPerClass() * k);
    Split train = generate("train", 0, trainCount, options.pointsPerCloud(), options.seed());
    Split test = generate("test", 1, testCount, options.pointsPerCloud(), options.seed());
    List<String> names = SHAPES.stream().map(Primitive::label).toList();
    return new TaskData(info().id(), info().modality(), train, test, names, info().metric(),
        info().sourceLine(where), true, 0);
  }

  /** Generates {@code count} shapes in round-robin class order. */
  public static Split generate(String name, int stream, int count, int points, long seed) {
    float[] x = new float[count * 3 * points];
    int[] y = new int[count];
    for (int i = 0; i < count; i++) {
      y[i] = i % SHAPES.size();
      double[][] pts = shape(SHAPES.get(y[i]), points, new SplittableRandom(
          BalancedOrder.mix(BalancedOrder.mix(seed, stream + 1), i)));
      PointClouds.pack(pts, x, i * 3 * points);
    }
    return new Split(name, x, y, new int[] {3, points});
  }

  /** One shape's points, following the recipe above. */
  public static double[][] shape(Primitive primitive, int points, SplittableRandom r) {
    double[][] pts = new double[points][3];
    for (double[] p : pts) {
      primitive.sample(r, p);
    }
    double[][] scale = new double[3][3];
    for (int i = 0; i < 3; i++) {
      scale[i][i] = MIN_SCALE + (MAX_SCALE - MIN_SCALE) * r.nextDouble();
    }
    PointClouds.transform(pts, scale);
    PointClouds.transform(pts, PointClouds.randomRotation(r));
    PointClouds.normalizeToUnitSphere(pts);
    for (double[] p : pts) {
      for (int i = 0; i < 3; i++) {
        p[i] += NOISE * Primitive.gaussian(r);
      }
    }
    return pts;
  }
}
