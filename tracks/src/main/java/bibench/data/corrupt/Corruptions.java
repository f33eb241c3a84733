package bibench.data.corrupt;

import bibench.BadInputException;
import bibench.data.Split;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The registry of CIFAR-10-C-style corruptions (Hendrycks and Dietterich 2019, arXiv 1903.12261)
 * and their application to a whole test split.
 *
 * <p>{@link #required()} are the ten corruptions of TRACKS.md section 3; {@link #all()} adds the
 * optional ones this package implements. Frost is not implemented: its reference overlays photos
 * of frost that the project does not ship.
 */
public final class Corruptions {
  private static final Map<String, Corruption> BY_ID = new LinkedHashMap<>();
  /** Other names in use: TRACKS.md calls elastic_transform "elastic". */
  private static final Map<String, String> ALIASES = Map.of("elastic", "elastic_transform");

  static {
    for (Corruption c : List.of(
        new GaussianNoise(), new ShotNoise(), new ImpulseNoise(), new SpeckleNoise(),
        new GaussianBlur(), new Contrast(), new Brightness(), new Saturate(),
        new JpegCompression(), new Pixelate(),
        new DefocusBlur(), new GlassBlur(), new MotionBlur(), new ZoomBlur(),
        new Snow(), new Fog(), new ElasticTransform(), new Spatter())) {
      BY_ID.put(c.id(), c);
    }
  }

  private Corruptions() {}

  /** Every implemented corruption: the required ones first, then the optional ones. */
  public static List<Corruption> all() {
    return List.copyOf(BY_ID.values());
  }

  /** The ten corruptions every robustness run includes, in TRACKS.md's order. */
  public static List<Corruption> required() {
    return BY_ID.values().stream().filter(Corruption::required).toList();
  }

  /** The implemented corruptions that runs may leave out, in {@link #all()}'s order. */
  public static List<Corruption> optional() {
    return BY_ID.values().stream().filter(c -> !c.required()).toList();
  }

  /** The ids of {@link #all()}, in order. */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  /**
   * The corruption with this id (or the alias {@code elastic} for {@code elastic_transform}).
   *
   * @throws BadInputException for an unknown id, listing the known ones
   */
  public static Corruption byId(String id) {
    String key = id == null ? null : id.trim();
    Corruption c = key == null ? null : BY_ID.get(ALIASES.getOrDefault(key, key));
    if (c == null) {
      throw new BadInputException(
          "unknown corruption id '" + id + "'", "use one of " + String.join(", ", BY_ID.keySet()));
    }
    return c;
  }

  /** The corruptions with these ids, in the given order (each checked as by {@link #byId}). */
  public static List<Corruption> byIds(List<String> ids) {
    List<Corruption> out = new ArrayList<>();
    for (String id : ids) {
      out.add(byId(id));
    }
    return List.copyOf(out);
  }

  /**
   * A corrupted copy of an image split: image {@code i} becomes {@code c.apply(image_i, severity,
   * seed, i)}. The labels and the sample shape are kept; the name becomes {@code
   * <name>:<corruption id>@<severity>}. Images are corrupted in parallel; since every image has its
   * own random stream, keyed by (seed, id, severity, i), the result does not depend on the number
   * of threads or their order.
   *
   * @param images a split of images with sample shape {@code {C, H, W}} (C = 1 or 3) or {@code {H,
   *     W}} (gray), values in [0, 1]
   * @throws BadInputException when the split does not hold images, or the severity is not in 1..5
   */
  public static Split corrupt(Split images, Corruption c, int severity, long seed) {
    ImageShape shape = ImageShape.of(images);
    c.parameters(severity); // checks the severity before any work
    int per = images.sampleSize();
    float[] in = images.features();
    float[] out = new float[in.length];
    IntStream.range(0, images.size()).parallel().forEach(i -> {
      float[] one = Arrays.copyOfRange(in, i * per, (i + 1) * per);
      ChwImage corrupted = c.apply(shape.wrap(one), severity, seed, i);
      System.arraycopy(corrupted.data(), 0, out, i * per, per);
    });
    return new Split(
        images.name() + ":" + c.id() + "@" + severity, out, images.labels().clone(), images.sampleShape());
  }

  /** Image {@code index} of a split of images, as a {@link ChwImage} (a copy). */
  public static ChwImage image(Split images, int index) {
    ImageShape shape = ImageShape.of(images);
    if (index < 0 || index >= images.size()) {
      throw new BadInputException(
          "split " + images.name() + " has no image " + index,
          "use an index from 0 to " + (images.size() - 1));
    }
    int per = images.sampleSize();
    return shape.wrap(Arrays.copyOfRange(images.features(), index * per, (index + 1) * per));
  }

  /** The C, H, W of a split's images. */
  private record ImageShape(int channels, int height, int width) {
    static ImageShape of(Split split) {
      int[] s = split.sampleShape();
      if (s.length == 2) {
        return new ImageShape(1, s[0], s[1]);
      }
      if (s.length == 3 && (s[0] == 1 || s[0] == 3)) {
        return new ImageShape(s[0], s[1], s[2]);
      }
      throw new BadInputException(
          "split " + split.name() + " has samples of shape " + Arrays.toString(s)
              + ", which are not images",
          "corrupt only image splits, shaped {C, H, W} with C = 1 or 3, or {H, W}");
    }

    ChwImage wrap(float[] data) {
      return new ChwImage(data, channels, height, width);
    }
  }
}
