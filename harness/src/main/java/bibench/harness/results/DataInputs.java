package bibench.harness.results;

import bibench.BadInputException;
import bibench.data.DataLocation;
import bibench.data.DataSources;
import bibench.data.io.DiskFolder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a run reads each task's data, recorded before the first cell so that a resumed run can
 * check it reads the same data: the sources searched (the {@code --data-dir} given, if any), and
 * per task its origin (--data-dir, BIBENCH_DATA, /usr/share/datasets, shipped, generated), its folder
 * and a fingerprint of that folder.
 *
 * <p>The fingerprint is cheap, because it is taken before anything trains: SHA-256 over the name,
 * size and modification time of every entry directly inside the set's folder (a sub-folder's time
 * changes when files are added to or removed from it). Shipped and generated sets are fixed by the
 * commit and fingerprinted by their location. The per-sample fingerprint of what a cell actually
 * loaded ({@code DataFingerprint}) keys the trained models.
 *
 * @param source the sources in search order, one line
 * @param dataDir the {@code --data-dir} given, or null
 * @param tasks per task id: its input, or null when no source holds it (its cells will say so)
 */
public record DataInputs(String source, String dataDir, Map<String, TaskInput> tasks) {

  /**
   * Where one task's data comes from.
   *
   * @param origin which source serves it, such as {@code --data-dir} or {@code shipped with BiBench-J}
   * @param location its folder
   * @param fingerprint the folder's fingerprint (see the class comment)
   */
  public record TaskInput(String origin, String location, String fingerprint) {}

  public DataInputs {
    tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
  }

  /** Locates every task of {@code taskIds} in {@code sources}. */
  public static DataInputs locate(DataSources sources, Path dataDir, List<String> taskIds) {
    Map<String, TaskInput> tasks = new LinkedHashMap<>();
    for (String task : taskIds) {
      try {
        DataLocation location = bibench.data.catalog.Tasks.locate(task, sources);
        String where = location.folder() == null ? "generated" : location.folder().describe();
        String fingerprint = location.folder() instanceof DiskFolder disk ? listing(disk.root()) : "fixed by the commit";
        tasks.put(task, new TaskInput(location.origin().label(), where, fingerprint));
      } catch (BadInputException missing) {
        tasks.put(task, null);
      }
    }
    return new DataInputs(sources.describe(), dataDir == null ? null : dataDir.toAbsolutePath().normalize().toString(),
        tasks);
  }

  /** SHA-256 (32 hex digits) over name, size and modification time of the entries of {@code dir}. */
  static String listing(Path dir) {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        entries.add(p.getFileName() + "|" + (a.isDirectory() ? "dir" : a.size()) + "|" + a.lastModifiedTime().toMillis());
      }
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
    Collections.sort(entries);
    return Journal.hash(String.join("\n", entries)).substring(0, 32);
  }

  /** How the data differ from {@code earlier}: one phrase per task whose recorded data changed. */
  public List<String> differencesFrom(DataInputs earlier) {
    List<String> out = new ArrayList<>();
    earlier.tasks.forEach((task, before) -> {
      if (before == null) {
        return; // no source held it then: no finished cell used it
      }
      TaskInput now = tasks.get(task);
      if (now == null) {
        out.add(task + " was read from " + before.location() + " (" + before.origin() + "), now no source holds it");
      } else if (!now.location().equals(before.location()) || !now.origin().equals(before.origin())) {
        out.add(task + " was read from " + before.location() + " (" + before.origin() + "), now from " + now.location()
            + " (" + now.origin() + ")");
      } else if (!now.fingerprint().equals(before.fingerprint())) {
        out.add("the files of " + task + " in " + now.location() + " changed since (fingerprint " + before.fingerprint()
            + ", now " + now.fingerprint() + ")");
      }
    });
    return out;
  }

  /** As provenance's {@code data} object. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("source", source);
    json.add("data_dir", dataDir == null ? JsonNull.INSTANCE : new JsonPrimitive(dataDir));
    JsonObject perTask = new JsonObject();
    tasks.forEach((task, input) -> {
      if (input == null) {
        perTask.add(task, JsonNull.INSTANCE);
      } else {
        JsonObject t = new JsonObject();
        t.addProperty("origin", input.origin());
        t.addProperty("location", input.location());
        t.addProperty("fingerprint", input.fingerprint());
        perTask.add(task, t);
      }
    });
    json.add("tasks", perTask);
    return json;
  }

  /** Reads provenance's {@code data} object (null when it has none: schema 1). */
  public static DataInputs fromJson(JsonElement element) {
    if (element == null || !element.isJsonObject() || !element.getAsJsonObject().has("tasks")) {
      return null;
    }
    JsonObject json = element.getAsJsonObject();
    Map<String, TaskInput> tasks = new LinkedHashMap<>();
    json.getAsJsonObject("tasks").entrySet().forEach(e -> {
      if (e.getValue().isJsonObject()) {
        JsonObject t = e.getValue().getAsJsonObject();
        tasks.put(e.getKey(), new TaskInput(t.get("origin").getAsString(), t.get("location").getAsString(),
            t.get("fingerprint").getAsString()));
      } else {
        tasks.put(e.getKey(), null);
      }
    });
    JsonElement dir = json.get("data_dir");
    return new DataInputs(json.get("source").getAsString(), dir == null || dir.isJsonNull() ? null : dir.getAsString(), tasks);
  }
}
