package bibench.tracks;

import bibench.results.ResultRow;
import bibench.suite.JsonNode;
import bibench.suite.SuiteContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A track as a newcomer adds one: this class and one line in the test class path's
 * META-INF/services/bibench.tracks.Track. Its section is {@code {"repeats": n}}; it yields n cells
 * per operator that write nothing.
 */
public final class ExampleTrack implements Track {
  @Override
  public String id() {
    return "example";
  }

  @Override
  public String description() {
    return "a track registered by the tests";
  }

  @Override
  public Phase phase() {
    return Phase.ANALYTIC;
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public TrackPlan read(JsonNode section, SuiteContext suite) {
    int repeats = section.integer("repeats", 1, 1);
    return operators -> {
      List<Cell> cells = new ArrayList<>();
      for (String op : operators) {
        for (int i = 0; i < repeats; i++) {
          cells.add(new Empty(op + " #" + i));
        }
      }
      return cells;
    };
  }

  private record Empty(String label) implements Cell {
    @Override
    public String track() {
      return "example";
    }

    @Override
    public String definition() {
      return label;
    }

    @Override
    public List<ResultRow> run(RunContext context) {
      return List.of();
    }
  }
}
