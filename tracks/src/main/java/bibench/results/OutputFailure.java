package bibench.results;

import bibench.BadInputException;
import bibench.Excerpt;
import bibench.data.io.IoReasons;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failure to write under the output folder ({@code --out}, run folders, checkpoints, the model
 * cache) as one {@link BadInputException}: the path, the system's reason in plain words and the
 * fix for that reason (a full disk, a read-only file system, a name too long, a file where a
 * folder belongs, missing permission). The caller deletes its temporary file before throwing, so
 * nothing half-written is left behind; what was already written stays.
 */
public final class OutputFailure {

  private OutputFailure() {}

  /**
   * The message for an {@link IOException} met while writing.
   *
   * @param path the file or folder being written
   * @param doing what was being done, such as "write" or "create the run folder"
   */
  public static BadInputException of(Path path, String doing, IOException e) {
    return of(path, doing, e, "--out");
  }

  /**
   * The same for a folder chosen by another setting than {@code --out}.
   *
   * @param setting what chooses the folder, for the fix ("--out", "BIBENCH_CACHE")
   */
  public static BadInputException of(Path path, String doing, IOException e, String setting) {
    String reason = IoReasons.of(e);
    String lower = reason.toLowerCase(Locale.ROOT);
    String fix;
    if (lower.contains("no space left")) {
      reason = "the disk is full (no space left on the device)";
      fix = "free space on that file system, or give " + setting + " a folder on another one; rerun the same"
          + " command to resume: finished cells are kept";
    } else if (lower.contains("disk quota")) {
      fix = "free space within your quota, or give " + setting + " a folder elsewhere; rerun the same command"
          + " to resume";
    } else if (lower.contains("read-only file system")) {
      fix = "give " + setting + " a folder on a writable file system";
    } else if (lower.contains("file name too long")) {
      reason = "a name in it is longer than the file system allows (usually 255 bytes)";
      fix = "give " + setting + " a shorter path";
    } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
        || lower.contains("not a directory")) {
      reason = "a part of it is a file (or a device such as /dev/null), not a folder";
      fix = "give " + setting + " a folder (it is created when missing)";
    } else if (e instanceof AccessDeniedException || lower.contains("permission denied")
        || lower.contains("operation not permitted")) {
      reason = "permission denied (" + reason + ")";
      fix = "give " + setting + " a folder you may write to";
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      reason = "the file system refuses to create it (a special file system such as /proc, or a"
          + " folder removed while the run was writing)";
      fix = "give " + setting + " a folder on an ordinary disk";
    } else if (lower.contains("too many levels of symbolic links")) {
      reason = "a symbolic link in the path points back to itself (a loop)";
      fix = "remove the loop, or give " + setting + " another folder";
    } else {
      fix = "check the disk and the folder, or give " + setting + " another folder";
    }
    String shown = e instanceof FileSystemException fs && fs.getFile() != null
        && !fs.getFile().equals(path.toString()) && !fs.getFile().endsWith(".tmp")
        ? " (at " + Excerpt.of(fs.getFile()) + ")" : "";
    return new BadInputException(
        "cannot " + doing + " " + Excerpt.of(path.toString()) + shown + ": " + reason, fix, e);
  }

  /** The message for a path the file system cannot even name (characters the locale lacks). */
  public static BadInputException invalidPath(String what, InvalidPathException e) {
    String encoding = System.getProperty("sun.jnu.encoding", "?");
    return new BadInputException(
        what + " " + Excerpt.quoted(e.getInput()) + " cannot be used as a path here: "
            + Excerpt.of(e.getReason()) + " (file names are encoded as " + encoding + ")",
        "run under a UTF-8 locale (export LC_ALL=C.UTF-8) or use a path of ASCII characters", e);
  }
}
