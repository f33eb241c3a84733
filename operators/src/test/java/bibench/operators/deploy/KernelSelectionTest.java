package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSelectionTest {
  @AfterEach
  void clearProperties() {
    System.clearProperty(KernelSelection.PROPERTY);
    System.clearProperty(KernelSelection.BINARY_PROPERTY);
    System.clearProperty(KernelSelection.FP32_PROPERTY);
  }

  @Test
  void propertyForcesEachPath() {
    for (KernelPath path : KernelPath.values()) {
      System.setProperty(KernelSelection.PROPERTY, path.id().toUpperCase(java.util.Locale.ROOT));
      assertEquals(path, KernelSelection.resolveBinary());
      assertEquals(path, KernelSelection.resolveFloat());
      assertEquals(path, BinaryGemm.create(2, 2, 2, null).path());
      assertEquals(path, FloatGemm.create(2, 2, 2, null).path());
    }
  }

  @Test
  void kindPropertiesWinOverTheCommonOne() {
    System.setProperty(KernelSelection.PROPERTY, "scalar");
    System.setProperty(KernelSelection.BINARY_PROPERTY, "vector-csa");
    System.setProperty(KernelSelection.FP32_PROPERTY, "vector");
    assertEquals(KernelPath.VECTOR_CSA, BinaryGemm.create(2, 2, 2, null).path());
    assertEquals(KernelPath.VECTOR, FloatGemm.create(2, 2, 2, null).path());
  }

  @Test
  void autoTakesTheMeasuredFastestAndCachesIt(@TempDir Path dir) {
    Path cache = dir.resolve("choice.properties");
    System.setProperty(KernelTuning.CACHE_PROPERTY, cache.toString());
    try {
      KernelTuning.Choice measured = KernelTuning.measure();
      for (KernelPath p : KernelPath.values()) {
        assertTrue(measured.binaryRates().get(p) > 0, p + " binary rate");
        assertTrue(measured.binaryRates().get(measured.binary()) >= measured.binaryRates().get(p));
      }
      assertTrue(measured.fp32Rates().get(measured.fp32())
          >= measured.fp32Rates().get(KernelPath.SCALAR));
      assertEquals(KernelSelection.vectorBits(), measured.vectorBits());
      KernelTuning.Choice current = KernelTuning.current();
      assertEquals(current.binary(), KernelSelection.resolveBinary());
      assertEquals(current.fp32(), KernelSelection.resolveFloat());
      assertNotNull(current.describe());
    } finally {
      System.clearProperty(KernelTuning.CACHE_PROPERTY);
    }
  }

  @Test
  void unknownValueListsTheKnownOnes() {
    System.setProperty(KernelSelection.PROPERTY, "gpu");
    BadInputException e = assertThrows(BadInputException.class, KernelSelection::resolve);
    assertTrue(e.getMessage().contains("gpu"));
    assertTrue(e.getMessage().contains("scalar") && e.getMessage().contains("vector-csa")
        && e.getMessage().contains("auto"));
    System.setProperty(KernelSelection.PROPERTY, "auto");
    System.setProperty(KernelSelection.FP32_PROPERTY, "fast");
    e = assertThrows(BadInputException.class, KernelSelection::resolveFloat);
    assertTrue(e.getMessage().contains(KernelSelection.FP32_PROPERTY));
  }

  @Test
  void vectorWidthIsOneTheCpuHas() {
    int bits = KernelSelection.vectorBits();
    assertTrue(bits == 128 || bits == 256 || bits == 512, "width " + bits);
    assertEquals(16 % VectorWidth.LANES, 0);
  }

  @Test
  void flagsLineNeedsAvx512AndVpopcntdq() {
    String good = "processor\t: 0\nflags\t\t: fpu sse avx2 avx512f avx512bw avx512_vpopcntdq\n";
    String noPopcnt = "flags\t\t: fpu avx2 avx512f avx512bw\n";
    String avx2 = "flags\t\t: fpu sse avx2 popcnt\n";
    assertTrue(KernelSelection.flagsHaveVectorPopcount(good));
    assertFalse(KernelSelection.flagsHaveVectorPopcount(noPopcnt));
    assertFalse(KernelSelection.flagsHaveVectorPopcount(avx2));
    assertFalse(KernelSelection.flagsHaveVectorPopcount("model name: x\n"));
  }

  @Test
  void cacheFileIsKeyedByMachine(@TempDir Path dir) throws Exception {
    System.setProperty(KernelTuning.CACHE_PROPERTY, "none");
    try {
      assertEquals(null, KernelTuning.cacheFile());
    } finally {
      System.clearProperty(KernelTuning.CACHE_PROPERTY);
    }
    Path file = KernelTuning.cacheFile();
    assertTrue(file.getFileName().toString().startsWith("kernel-choice-"));
    assertFalse(Files.isDirectory(file));
  }
}
