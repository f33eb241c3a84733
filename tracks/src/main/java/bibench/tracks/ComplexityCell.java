package bibench.tracks;

import bibench.complexity.ComplexityCounter;
import bibench.complexity.ComplexityPlan;
import bibench.complexity.ModelComplexity;
import bibench.models.Architectures;
import bibench.operators.Operators;
import bibench.results.ResultRow;
import java.util.List;

/**
 * Track 5 for one architecture, input size and operator: counts the deployed model and writes
 * five rows (task = the input descriptor, empty setting, seed -1): {@code params_binary} and
 * {@code params_fp} (count), {@code macs_binary}, {@code macs_fp} (extra FP work included) and
 * {@code macs_extra_fp} (MAC).
 */
final class ComplexityCell implements Cell {
  private final ComplexityPlan plan;
  private final String operatorId;

  ComplexityCell(ComplexityPlan plan, String operatorId) {
    this.plan = plan;
    this.operatorId = operatorId;
  }

  @Override
  public String track() {
    return ComplexityTrack.ID;
  }

  @Override
  public String label() {
    return ComplexityTrack.ID + " " + plan.arch() + " at " + plan.task() + " " + operatorId;
  }

  @Override
  public String definition() {
    return String.join("|", "complexity-cell", plan.definition(), operatorId);
  }

  @Override
  public List<ResultRow> run(RunContext context) {
    ModelComplexity c = ComplexityCounter.count(
        Architectures.byId(plan.arch()), Operators.create(operatorId), plan.spec());
    String runId = context.runId();
    return List.of(
        row(runId, "params_binary", c.binaryParams(), "count"),
        row(runId, "params_fp", c.fpParams(), "count"),
        row(runId, "macs_binary", c.binaryMacs(), "MAC"),
        row(runId, "macs_fp", c.fpMacs(), "MAC"),
        row(runId, "macs_extra_fp", c.extraFpMacs(), "MAC"));
  }

  private ResultRow row(String runId, String metric, long value, String unit) {
    return ResultRow.single(runId, track(), plan.task(), plan.arch(), operatorId, "", -1, metric, value, unit, false);
  }

  @Override
  public String toString() {
    return "ComplexityCell[" + label() + "]";
  }
}
