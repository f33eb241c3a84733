package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KernelSelectionTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty(KernelSelection.PROPERTY);
  }

  @Test
  void propertyForcesEachPath() {
    System.setProperty(KernelSelection.PROPERTY, "scalar");
    assertEquals(KernelPath.SCALAR, KernelSelection.resolve());
    assertEquals(KernelPath.SCALAR, BinaryGemm.create(2, 2, 2, null).path());
    System.setProperty(KernelSelection.PROPERTY, "VECTOR");
    assertEquals(KernelPath.VECTOR, KernelSelection.resolve());
    assertEquals(KernelPath.VECTOR, BinaryGemm.create(2, 2, 2, null).path());
  }

  @Test
  void autoFollowsTheCpuFlags() {
    System.setProperty(KernelSelection.PROPERTY, "auto");
    KernelPath expected = KernelSelection.cpuHasVectorPopcount() ? KernelPath.VECTOR
        : KernelPath.SCALAR;
    assertEquals(expected, KernelSelection.resolve());
  }

  @Test
  void unknownValueListsTheKnownOnes() {
    System.setProperty(KernelSelection.PROPERTY, "gpu");
    BadInputException e = assertThrows(BadInputException.class, KernelSelection::resolve);
    assertTrue(e.getMessage().contains("gpu"));
    assertTrue(e.getMessage().contains("scalar") && e.getMessage().contains("auto"));
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
}
