package bibench.data.io;

import bibench.Excerpt;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns an {@link IOException} into the plain reason a message gives ("permission denied", "it
 * is a directory", "Input/output error"): file-system exceptions carry the path as their message
 * and the reason apart, which would otherwise print the path twice and the reason never.
 */
public final class IoReasons {

  private IoReasons() {}

  /** The reason, one line, at most {@value Excerpt#MAX} characters of the system's text. */
  public static String of(IOException e) {
    if (e == null) {
      return "unknown reason";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it does not exist (or vanished while being read)";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return Excerpt.of(fs.getReason());
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : Excerpt.of(m);
  }
}
