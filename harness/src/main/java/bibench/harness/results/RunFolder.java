package bibench.harness.results;

import bibench.BadInputException;
import bibench.results.ResultRow;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A finished run as the reporting commands read it: its folder, its rows ({@code results.csv},
 * required) and its provenance ({@code provenance.json}, optional: a report can be made without
 * it, but times are then never compared with a baseline).
 *
 * @param dir the run's folder
 * @param rows the result rows
 * @param provenance the provenance, when the folder has one
 */
public record RunFolder(Path dir, List<ResultRow> rows, Optional<Provenance> provenance) {
  /** The provenance file's name. */
  public static final String PROVENANCE = "provenance.json";

  /** The run folder the reporting commands read when none is given: the newest run of the default output. */
  public static final Path LATEST = Path.of("target", "bibench", "latest");

  public RunFolder {
    rows = List.copyOf(rows);
  }

  /**
   * Reads a run folder. {@code path} may be the folder, its results.csv, or {@code <out>/latest}
   * (a link, or latest.txt beside it where links are not possible).
   *
   * @throws BadInputException if the folder or its results.csv is missing or malformed
   */
  public static RunFolder load(Path path) {
    Path dir = resolve(path);
    List<ResultRow> rows = ResultsCsv.read(dir.resolve(RunDirectory.RESULTS));
    Path provenance = dir.resolve(PROVENANCE);
    return new RunFolder(dir, rows, Files.exists(provenance) ? Optional.of(readProvenance(provenance)) : Optional.empty());
  }

  /** The folder {@code path} names (see {@link #load}). */
  public static Path resolve(Path path) {
    if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".csv")) {
      return path.toAbsolutePath().getParent();
    }
    if (Files.isDirectory(path)) {
      return path;
    }
    Path latestTxt = path.resolveSibling("latest.txt");
    if (path.getFileName() != null && path.getFileName().toString().equals("latest") && Files.isRegularFile(latestTxt)) {
      try {
        return path.resolveSibling(Files.readString(latestTxt, StandardCharsets.UTF_8).strip());
      } catch (IOException e) {
        throw new BadInputException("cannot read " + latestTxt + ": " + e.getMessage(), "name the run folder itself");
      }
    }
    throw new BadInputException("run folder " + path + " does not exist",
        "give the folder of a finished run, such as target/bibench/<run-id> or target/bibench/latest");
  }

  /**
   * Reads a provenance.json.
   *
   * @throws BadInputException if it is missing or not a JSON object
   */
  public static Provenance readProvenance(Path file) {
    try {
      return Provenance.read(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadInputException("provenance file " + file + " does not exist",
          "give the folder of a run made by bibench run (it writes provenance.json beside results.csv)");
    } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException | ClassCastException
        | NullPointerException e) {
      throw new BadInputException("provenance file " + file + " is not a JSON object (" + e.getMessage() + ")",
          "restore it from the run, or rerun; it is written by bibench run");
    }
  }

  /** The run's id: from the provenance, else from the rows, else the folder name. */
  public String runId() {
    String id = provenance.map(p -> p.get("run_id")).orElse("");
    if (id.isEmpty() && !rows.isEmpty()) {
      id = rows.get(0).runId();
    }
    return id.isEmpty() ? String.valueOf(dir.getFileName()) : id;
  }

  /** A provenance field, or "" when absent. */
  public String get(String key) {
    return provenance.map(p -> p.get(key)).orElse("");
  }
}
