package bibench.harness.results;

import bibench.results.OutputFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader (or a run killed half-way) only ever sees the old file or the new
 * one: the content goes to a temporary file in the same folder, is forced to disk, and is then
 * renamed over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Replaces {@code file} with what {@code content} writes. */
  public static void write(Path file, Content content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          content.writeTo(out);
          out.flush();
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
            java.nio.file.StandardOpenOption.WRITE)) {
          channel.force(true);
        }
        readableByAll(temp);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        deleteQuietly(temp);
      }
    } catch (IOException e) {
      throw OutputFailure.of(file, "write", e);
    }
  }

  /** Removes a temporary file; on a file system that fails even that, the first error counts. */
  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the write's own failure is reported; a read-only or vanished folder holds no new temp file
    }
  }

  /** Temporary files are created owner-only; results are meant to be shared: rw-r--r--. */
  private static void readableByAll(Path temp) throws IOException {
    try {
      Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep its defaults
    }
  }

  /** Replaces {@code file} with {@code text} (UTF-8). */
  public static void writeString(Path file, String text) {
    write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
