package bibench.harness.suite;

import bibench.BadInputException;
import bibench.operators.Operators;
import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;
import bibench.tracks.Track;
import bibench.tracks.TrackPlan;
import bibench.tracks.Tracks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Parses a suite file strictly: unknown keys, wrong types and empty lists are errors. It reads the
 * top level ({@code name}, {@code description}, {@code operators}, {@code seeds}) and hands each
 * section under {@code tracks} to the registered track of that id.
 */
final class SuiteReader {
  private final String file;

  SuiteReader(String file) {
    this.file = file;
  }

  /** A suite name is a folder name everywhere: no separators, no leading dot, no empty name. */
  private static final java.util.regex.Pattern VALID_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  Suite read(String json, String source) {
    return read(json, source, java.util.Optional.empty());
  }

  /** Reads a suite; {@code seedOverride}, when present, replaces every seed list in it. */
  Suite read(String json, String source, java.util.Optional<List<Long>> seedOverride) {
    JsonNode node = JsonNode.parse(file, json);
    String name = node.requiredString("name");
    if (!VALID_NAME.matcher(name).matches()) {
      throw new BadInputException(file + ": name " + bibench.Excerpt.quoted(name) + " cannot name a suite's folders "
          + "(baselines and published runs are kept under it)", "use 1 to 64 letters, digits, '.', '_' or '-', starting "
          + "with a letter or digit, such as \"my-suite\"");
    }
    String description = node.string("description", "");
    List<String> operators = operators(node);
    SuiteContext context = new SuiteContext(node.longs("seeds", List.of(1L)), seedOverride);
    JsonNode tracks = node.object("tracks");
    if (tracks == null) {
      throw new BadInputException(file + ": tracks is missing", "add a \"tracks\" object naming at least one track");
    }
    Map<String, TrackPlan> plans = new LinkedHashMap<>();
    for (Track track : Tracks.all()) {
      JsonNode section = tracks.object(track.id());
      if (section != null) {
        plans.put(track.id(), track.read(section, context));
        section.finish();
      }
    }
    tracks.finish();
    node.finish();
    if (plans.isEmpty()) {
      throw new BadInputException(file + ": tracks names no track to run",
          "add one of " + String.join(", ", Tracks.ids()) + " under tracks");
    }
    return new Suite(name, description, operators, plans, source);
  }

  private static List<String> operators(JsonNode node) {
    List<String> ids = node.strings("operators", Operators.bibenchIds());
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    unique.add("fp32");
    java.util.Map<String, String> asked = new java.util.HashMap<>();
    for (String id : ids) {
      String canonical = Operators.create(id).id();
      String before = asked.putIfAbsent(canonical, id);
      if (before != null) {
        throw new BadInputException(node.where("operators") + " names operator " + canonical + " twice ('"
            + before + "' and '" + id + "'); its cells would run and count twice", "keep it once");
      }
      unique.add(canonical);
    }
    return new ArrayList<>(unique);
  }
}
