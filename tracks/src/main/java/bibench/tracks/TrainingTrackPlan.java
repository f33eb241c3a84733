package bibench.tracks;

import java.util.List;

/**
 * The plan of a track whose cells train every operator on each task of its section, FP32 first
 * (the learning-task and architecture tracks).
 *
 * @param track the track's id, written into its rows
 * @param plans the section's tasks
 */
public record TrainingTrackPlan(String track, List<TaskPlan> plans) implements TrackPlan {
  public TrainingTrackPlan {
    plans = List.copyOf(plans);
  }

  @Override
  public List<Cell> cells(List<String> operators) {
    return TrainingCells.expand(track, plans, operators);
  }

  @Override
  public List<String> tasks() {
    return plans.stream().map(TaskPlan::task).distinct().toList();
  }

  @Override
  public List<Long> seeds() {
    return plans.stream().flatMap(p -> p.seeds().stream()).distinct().toList();
  }
}
