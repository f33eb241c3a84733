package bibench.harness.results;

import bibench.BadInputException;
import bibench.results.OutputFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on an output folder, held for the whole run: a second run pointed at
 * the same folder fails at once instead of overwriting the first one's files. The OS releases the
 * lock when the holder dies, even by kill -9.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code outDir}.
   *
   * @throws BadInputException when another run holds it
   */
  public static RunLock acquire(Path outDir) {
    Path file = outDir.resolve(".bibench.lock");
    FileChannel channel = null;
    try {
      Files.createDirectories(outDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new BadInputException("another BiBench-J run" + (holder.isEmpty() ? "" : " (" + holder + ")")
            + " is writing to " + outDir.toAbsolutePath(),
            "wait for it to finish, or give this run another --out folder");
      }
      channel.truncate(0);
      channel.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // the original failure is what matters
      }
      throw OutputFailure.of(outDir, "use the output folder", e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
