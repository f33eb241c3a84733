package bibench.harness.results;

import bibench.results.OutputFailure;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The record of finished cells, so that a run killed at any point resumes where it stopped. Every
 * finished cell's rows go to their own file {@code cells/<hash>.csv}, written atomically, where the
 * hash covers the cell's full definition and the code version: a file is there whole or not at
 * all, and a cell whose definition or code changed is run again.
 */
public final class Journal {
  private final Path dir;
  private final String codeVersion;

  /**
   * @param runDir the run's folder
   * @param codeVersion the commit the code was built from
   */
  public Journal(Path runDir, String codeVersion) {
    this.dir = runDir.resolve("cells");
    this.codeVersion = codeVersion;
  }

  /** The file that holds (or will hold) {@code cell}'s rows. */
  Path fileOf(Cell cell) {
    return dir.resolve(fileName(cell.definition(), codeVersion));
  }

  /** The name of the file, in the run's cells/ folder, that holds a finished cell's rows. */
  public static String fileName(String definition, String codeVersion) {
    return hash(definition + "\n" + codeVersion) + ".csv";
  }

  /** The folder of the finished cells' files. */
  public static Path folder(Path runDir) {
    return runDir.resolve("cells");
  }

  /** True when {@code cell} finished in an earlier attempt of this run. */
  public boolean isDone(Cell cell) {
    return Files.isRegularFile(fileOf(cell));
  }

  /** The rows recorded for a finished cell. */
  public List<ResultRow> rowsOf(Cell cell) {
    return ResultsCsv.read(fileOf(cell));
  }

  /** Records a finished cell's rows, atomically. */
  public void record(Cell cell, List<ResultRow> rows) {
    ResultsCsv.write(fileOf(cell), rows);
  }

  /** How many cells are recorded. */
  public int size() {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int count = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
      for (Path ignored : files) {
        count++;
      }
    } catch (IOException e) {
      throw OutputFailure.of(dir, "list the finished cells in", e);
    }
    return count;
  }

  /** SHA-256 of {@code text}, hex. */
  public static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of {@code cells} that are done, in cell order. */
  public List<ResultRow> rowsInOrder(List<Cell> cells) {
    List<ResultRow> rows = new ArrayList<>();
    for (Cell cell : cells) {
      if (isDone(cell)) {
        rows.addAll(rowsOf(cell));
      }
    }
    return rows;
  }
}
