package bibench.data.image.lazy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import bibench.data.io.DiskFolder;
import bibench.data.io.KnownFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSplitTest {
  private static final ImageTransform SMALL = new ImageTransform(40, 32);

  @TempDir
  Path dir;

  private DiskFolder folder() {
    return new DiskFolder(dir.resolve("imagenet"), "imagenet", "get it", KnownFiles.of(List.of()));
  }

  @Test
  void classesAreTheSortedFoldersAndEachImageGetsItsFoldersLabel() {
    JpegFolders.write(dir.resolve("imagenet"), "train", 3, 4, 60, 48);
    ImageFolderSplit train = ImageFolderSplit.open(folder(), "train", null, SMALL, Integer.MAX_VALUE, 0);
    assertEquals(List.of("c000", "c001", "c002"), train.classNames());
    assertEquals(12, train.size());
    assertArrayEquals(new int[] {3, 32, 32}, train.sampleShape());
    int[] counts = new int[3];
    Arrays.stream(train.labels()).forEach(l -> counts[l]++);
    assertArrayEquals(new int[] {4, 4, 4}, counts);
  }

  @Test
  void theEvaluationViewIsRepeatableAndTrainingViewsDifferBySeed() {
    JpegFolders.write(dir.resolve("imagenet"), "train", 2, 2, 64, 50);
    ImageFolderSplit train = ImageFolderSplit.open(folder(), "train", null, SMALL, Integer.MAX_VALUE, 0);
    int per = train.sampleSize();
    float[] a = new float[per];
    float[] b = new float[per];
    train.decode(0, a, 0, null);
    train.decode(0, b, 0, null);
    assertArrayEquals(a, b);
    for (float v : a) {
      assertTrue(v >= 0f && v <= 1f);
    }
    float[] r1 = new float[per];
    float[] r2 = new float[per];
    float[] r3 = new float[per];
    train.decode(0, r1, 0, new SplittableRandom(7));
    train.decode(0, r2, 0, new SplittableRandom(7));
    train.decode(0, r3, 0, new SplittableRandom(8));
    assertArrayEquals(r1, r2);
    assertFalse(Arrays.equals(r1, r3));
  }

  @Test
  void aTarOfTheFolderGivesTheSameSamples() throws IOException {
    Path root = dir.resolve("imagenet");
    JpegFolders.write(root, "val", 2, 3, 50, 50);
    Fixtures.TarBuilder tar = new Fixtures.TarBuilder();
    try (Stream<Path> files = Files.walk(root.resolve("val"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        tar.file(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    ImageFolderSplit fromFolder = ImageFolderSplit.open(folder(), "val", null, SMALL, Integer.MAX_VALUE, 0);
    Path packed = dir.resolve("packed");
    Fixtures.write(packed.resolve("imagenet"), "val.tar", tar.build());
    ImageFolderSplit fromTar = ImageFolderSplit.open(
        new DiskFolder(packed.resolve("imagenet"), "imagenet", "get it", KnownFiles.of(List.of())), "val", null,
        SMALL, Integer.MAX_VALUE, 0);
    assertEquals(fromFolder.size(), fromTar.size());
    assertArrayEquals(fromFolder.labels(), fromTar.labels());
    for (int i = 0; i < fromFolder.size(); i++) {
      float[] x = new float[SMALL.crop() * SMALL.crop() * 3];
      float[] y = new float[x.length];
      fromFolder.decode(i, x, 0, null);
      fromTar.decode(i, y, 0, null);
      assertArrayEquals(x, y, "sample " + i);
    }
  }

  @Test
  void aValidationImageOutsideTheTrainingClassesIsNamed() {
    JpegFolders.write(dir.resolve("imagenet"), "train", 2, 1, 40, 40);
    JpegFolders.write(dir.resolve("imagenet"), "val", 3, 1, 40, 40);
    ImageFolderSplit train = ImageFolderSplit.open(folder(), "train", null, SMALL, Integer.MAX_VALUE, 0);
    BadInputException e = assertThrows(BadInputException.class,
        () -> ImageFolderSplit.open(folder(), "val", train.classNames(), SMALL, Integer.MAX_VALUE, 0));
    assertTrue(e.getMessage().contains("val/c002/00000.JPEG"), e.getMessage());
  }

  @Test
  void aDamagedImageIsNamedWhenItIsDecoded() throws IOException {
    JpegFolders.write(dir.resolve("imagenet"), "train", 1, 2, 40, 40);
    Path bad = dir.resolve("imagenet/train/c000/00001.JPEG");
    byte[] bytes = Files.readAllBytes(bad);
    Files.write(bad, Arrays.copyOf(bytes, 40));
    ImageFolderSplit train = ImageFolderSplit.open(folder(), "train", null, SMALL, Integer.MAX_VALUE, 0);
    BadInputException e = assertThrows(BadInputException.class,
        () -> train.decode(1, new float[train.sampleSize()], 0, null));
    assertTrue(e.getMessage().contains("00001.JPEG is damaged"), e.getMessage());
  }

  @Test
  void aLimitTakesAClassBalancedSubset() {
    JpegFolders.write(dir.resolve("imagenet"), "train", 4, 5, 40, 40);
    ImageFolderSplit train = ImageFolderSplit.open(folder(), "train", null, SMALL, 8, 3);
    assertEquals(8, train.size());
    int[] counts = new int[4];
    Arrays.stream(train.labels()).forEach(l -> counts[l]++);
    assertArrayEquals(new int[] {2, 2, 2, 2}, counts);
    assertEquals(4, train.classNames().size());
  }
}
