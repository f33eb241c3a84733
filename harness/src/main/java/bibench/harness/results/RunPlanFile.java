package bibench.harness.results;

import bibench.BadInputException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code plan.json}: the cells a run planned, in run order, each with its track, label and the name
 * of the journal file that holds its rows once it finished. Written before the first cell with the
 * rest of the run's inputs; the regression gate reads it to tell a finished run from one cut short
 * (a planned cell without its journal file is MISSING), and tools can re-plan from it.
 */
public final class RunPlanFile {
  /** The file's name in a run folder. */
  public static final String FILE = "plan.json";

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  /**
   * One planned cell.
   *
   * @param track its track
   * @param label its label
   * @param journal the name of its file in the run's cells/ folder
   */
  public record Entry(String track, String label, String journal) {}

  private RunPlanFile() {}

  /** The text of plan.json for {@code in}. */
  static String text(RunInputs in) {
    JsonObject json = new JsonObject();
    json.addProperty("schema", 1);
    json.addProperty("run_key", in.runKey());
    json.addProperty("commit", in.commit());
    JsonArray cells = new JsonArray();
    for (RunInputs.PlannedCell cell : in.cells()) {
      JsonObject c = new JsonObject();
      c.addProperty("track", cell.track());
      c.addProperty("label", cell.label());
      c.addProperty("journal", Journal.fileName(cell.definition(), in.commit()));
      cells.add(c);
    }
    json.add("cells", cells);
    return GSON.toJson(json) + "\n";
  }

  /**
   * The planned cells of the run in {@code runDir}, when it has a plan.json (runs of older versions,
   * merged runs and copies of results.csv alone do not).
   *
   * @throws BadInputException if plan.json is there but damaged
   */
  public static Optional<List<Entry>> read(Path runDir) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
      List<Entry> entries = new ArrayList<>();
      for (JsonElement e : json.getAsJsonArray("cells")) {
        JsonObject c = e.getAsJsonObject();
        entries.add(new Entry(c.get("track").getAsString(), c.get("label").getAsString(), c.get("journal").getAsString()));
      }
      return Optional.of(entries);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("plan file " + file + " is damaged (" + e.getMessage() + ")",
          "delete it to gate the run on its rows alone, or rerun the run");
    }
  }

  /** The planned cells whose journal file is not in the run's cells/ folder. */
  public static List<Entry> unfinished(Path runDir, List<Entry> plan) {
    Path cells = Journal.folder(runDir);
    return plan.stream().filter(e -> !Files.isRegularFile(cells.resolve(e.journal()))).toList();
  }
}
