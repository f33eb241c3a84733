package bibench.train;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hands the engine's freed native memory back to the operating system. Training is 1.4-1.9x faster
 * with jemalloc told never to return freed pages ({@code dirty_decay_ms:-1}), but jemalloc then
 * keeps pages it cannot reuse: training FDA's ResNet-20 left 33 MB allocated and 7.8 GB resident
 * after six epochs. So the harness purges all arenas after every cell ({@link #release()}), and the
 * trainer purges within a cell whenever the resident set has grown by {@value #GROWTH_MB} MB since
 * the last purge ({@link #purgeIfGrown()}): the speed of never decaying, with a bounded footprint.
 * With glibc's allocator it calls {@code malloc_trim(0)}; with neither it does nothing.
 */
public final class NativeMemory {
  /** Growth of the resident set, in MB, that triggers a purge during training. */
  public static final long GROWTH_MB = 1536;

  private static final MethodHandle PURGE = purger();
  private static final Path STATM = Path.of("/proc/self/statm");
  private static final long PAGE_BYTES = 4096;
  private static long residentAfterPurge = -1;

  private NativeMemory() {}

  /** Collects unreachable engine arrays, then returns free native pages to the OS. */
  public static void release() {
    System.gc();
    purge();
  }

  /**
   * Purges when the resident set has grown by {@link #GROWTH_MB} MB since the last purge; cheap
   * enough to call once per training step (one read of {@code /proc/self/statm}).
   */
  public static synchronized void purgeIfGrown() {
    long resident = residentBytes();
    if (resident < 0 || PURGE == null) {
      return;
    }
    if (residentAfterPurge < 0) {
      residentAfterPurge = resident;
    } else if (resident - residentAfterPurge > GROWTH_MB << 20) {
      purge();
    }
  }

  /** The process's resident set in bytes, or -1 where {@code /proc} is not there. */
  public static long residentBytes() {
    try {
      String[] fields = Files.readString(STATM).trim().split(" ");
      return Long.parseLong(fields[1]) * PAGE_BYTES;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static synchronized void purge() {
    if (PURGE == null) {
      return;
    }
    try (Arena arena = Arena.ofConfined()) {
      if (PURGE.type().parameterCount() == 1) {
        int ignored = (int) PURGE.invokeExact(0L);
      } else {
        MemorySegment name = arena.allocateFrom("arena.4096.purge"); // MALLCTL_ARENAS_ALL
        int ignored = (int) PURGE.invokeExact(name, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL, 0L);
      }
    } catch (Throwable e) {
      // best effort: memory stays with the allocator
    }
    residentAfterPurge = residentBytes();
  }

  private static MethodHandle purger() {
    try {
      Linker linker = Linker.nativeLinker();
      Optional<MemorySegment> mallctl = jemalloc().flatMap(lookup -> lookup.find("mallctl"));
      if (mallctl.isPresent()) {
        return linker.downcallHandle(mallctl.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
      }
      Optional<MemorySegment> trim = linker.defaultLookup().find("malloc_trim");
      return trim.map(t -> linker.downcallHandle(t, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG)))
          .orElse(null);
    } catch (RuntimeException | Error e) {
      return null;
    }
  }

  private static Optional<SymbolLookup> jemalloc() {
    String preload = System.getenv("LD_PRELOAD");
    if (preload == null || !preload.contains("jemalloc")) {
      return Optional.empty();
    }
    try {
      return Optional.of(SymbolLookup.libraryLookup(preload.split("[: ]")[0], Arena.global()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
