package bibench.harness.workers;

import bibench.tracks.Cell;
import bibench.tracks.ModelKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's cells as units of scheduling: every cell that shares a trained model ({@link
 * Cell#sharedModel()}, the FP32 model of a task and seed) is in one group, in plan order, so one
 * worker trains that model once and reuses it; every other cell is a group of its own. Timing cells
 * ({@link Cell#needsQuietMachine()}) are kept apart: they run after all groups, alone.
 *
 * @param groups the groups, costliest first (longest-processing-time order, ties by plan order)
 * @param quiet the timing cells, in plan order
 */
public record CellGroups(List<Group> groups, List<Integer> quiet) {

  /**
   * One group.
   *
   * @param cells indices into the run's cell list, in plan order
   * @param cost the sum of the cells' estimated costs
   */
  public record Group(List<Integer> cells, double cost) {
    public Group {
      cells = List.copyOf(cells);
    }
  }

  public CellGroups {
    groups = List.copyOf(groups);
    quiet = List.copyOf(quiet);
  }

  /** Groups the cells of {@code cells} that are not done yet ({@code done.get(i)} false). */
  public static CellGroups of(List<Cell> cells, java.util.function.IntPredicate done) {
    Map<Object, List<Integer>> byModel = new LinkedHashMap<>();
    List<Integer> quiet = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (done.test(i)) {
        continue;
      }
      Cell cell = cells.get(i);
      if (cell.needsQuietMachine()) {
        quiet.add(i);
        continue;
      }
      Object key = cell.sharedModel().<Object>map(ModelKey::text).orElse(i);
      byModel.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Integer> members : byModel.values()) {
      double cost = 0;
      for (int i : members) {
        cost += cells.get(i).estimatedCost();
      }
      groups.add(new Group(members, cost));
    }
    groups.sort(Comparator.comparingDouble(Group::cost).reversed().thenComparingInt(g -> g.cells().get(0)));
    return new CellGroups(groups, quiet);
  }

  /** How many cells the groups hold (timing cells not counted). */
  public int groupedCells() {
    return groups.stream().mapToInt(g -> g.cells().size()).sum();
  }
}
