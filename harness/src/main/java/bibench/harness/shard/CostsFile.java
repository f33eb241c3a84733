package bibench.harness.shard;

import bibench.BadInputException;
import bibench.tracks.Cell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Measured costs for {@code --costs FILE}: one line per cell, {@code <cell label>,<seconds>},
 * after a header line {@code cell,seconds}. Cells the file does not list cost their estimate times
 * the median ratio of seconds to estimate over the cells it does list, so estimates and
 * measurements mix on one scale. Every shard must be given the same file: its hash is part of the
 * plan's identity ({@link #hash()}).
 */
public final class CostsFile {
  /** No file: every cell costs its estimate. */
  public static final CostsFile NONE = new CostsFile(Map.of(), 1, "none");

  private final Map<String, Double> seconds;
  private final double scale;
  private final String hash;

  private CostsFile(Map<String, Double> seconds, double scale, String hash) {
    this.seconds = seconds;
    this.scale = scale;
    this.hash = hash;
  }

  /**
   * Reads {@code file} for {@code cells}.
   *
   * @throws BadInputException naming the file and line when it is unreadable or malformed
   */
  public static CostsFile read(Path file, List<Cell> cells) {
    List<String> lines;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
      lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new BadInputException("costs file " + file + " cannot be read (" + e.getMessage() + ")",
          "give --costs a file of 'cell,seconds' lines");
    }
    if (lines.isEmpty() || !lines.get(0).trim().equals("cell,seconds")) {
      throw new BadInputException("costs file " + file + " does not start with the header 'cell,seconds'",
          "write one line per cell: <cell label>,<seconds>, after the header cell,seconds");
    }
    Map<String, Double> seconds = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      try {
        double s = Double.parseDouble(line.substring(comma + 1).trim());
        if (comma <= 0 || !(s >= 0) || Double.isInfinite(s)) {
          throw new NumberFormatException();
        }
        seconds.put(line.substring(0, comma).trim(), s);
      } catch (RuntimeException e) {
        throw new BadInputException("costs file " + file + ", line " + (i + 1) + ": '" + line
            + "' is not <cell label>,<seconds>", "fix or delete that line");
      }
    }
    double[] ratios = cells.stream().filter(c -> seconds.containsKey(c.label()) && c.estimatedCost() > 0)
        .mapToDouble(c -> seconds.get(c.label()) / c.estimatedCost()).sorted().toArray();
    double scale = ratios.length == 0 ? 1 : ratios[ratios.length / 2];
    return new CostsFile(Map.copyOf(seconds), scale, sha256(bytes));
  }

  /** The cost of {@code cell}: its measured seconds, else its scaled estimate. */
  public double cost(Cell cell) {
    Double s = seconds.get(cell.label());
    return s != null ? s : cell.estimatedCost() * scale;
  }

  /** Whether costs are measured seconds (a file was given). */
  public boolean measured() {
    return this != NONE;
  }

  /** The SHA-256 of the file's bytes ({@code none} without a file). */
  public String hash() {
    return hash;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
