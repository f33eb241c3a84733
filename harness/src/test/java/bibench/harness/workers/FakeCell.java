package bibench.harness.workers;

import bibench.BadInputException;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.ModelKey;
import bibench.tracks.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cell for scheduler tests, described by a short spec: {@code ok:<model>:<cost>} returns one
 * score row, {@code quiet} is a timing cell, {@code bad} throws bad input, {@code crash} kills its
 * process.
 */
record FakeCell(int index, String spec) implements Cell {

  static List<Cell> parse(String specs) {
    List<Cell> cells = new ArrayList<>();
    String[] parts = specs.split(",");
    for (int i = 0; i < parts.length; i++) {
      cells.add(new FakeCell(i, parts[i]));
    }
    return cells;
  }

  @Override
  public String track() {
    return "fake";
  }

  @Override
  public String label() {
    return "fake " + index + " " + spec;
  }

  @Override
  public String definition() {
    return "fake|" + index + "|" + spec;
  }

  @Override
  public Optional<ModelKey> sharedModel() {
    String[] p = spec.split(":");
    return p.length > 1 && !p[1].isEmpty() ? Optional.of(new ModelKey(p[1])) : Optional.empty();
  }

  @Override
  public boolean needsQuietMachine() {
    return spec.equals("quiet");
  }

  @Override
  public double estimatedCost() {
    String[] p = spec.split(":");
    return p.length > 2 ? Double.parseDouble(p[2]) : 1;
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    switch (spec.split(":")[0]) {
      case "bad" -> throw new BadInputException("fake data set missing", "put it there");
      case "crash" -> Runtime.getRuntime().halt(7);
      default -> context.progress().epoch(0, 1, 0.5);
    }
    return List.of(ResultRow.single(context.runId(), "fake", "t", "a", "op", "", index, "score",
        index, "%", true));
  }
}
