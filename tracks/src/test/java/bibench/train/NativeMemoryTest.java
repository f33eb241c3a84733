package bibench.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeMemoryTest {
  private static long vmRssBytes() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new AssertionError("no VmRSS line");
  }

  @Test
  void residentBytesAgreesWithTheKernelsOwnFigure() throws Exception {
    long before = vmRssBytes();
    long resident = NativeMemory.residentBytes();
    long after = vmRssBytes();
    long low = Math.min(before, after);
    long high = Math.max(before, after);
    // statm counts pages, status kB; allow 16 MB of movement between the reads
    assertTrue(resident >= low - (16 << 20) && resident <= high + (16 << 20), resident + " vs " + low + ".." + high);
  }
}
