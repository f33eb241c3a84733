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
 * nine rows (task = the input descriptor, empty setting, seed -1): {@code params_binary}, {@code
 * params_lowbit} and {@code params_fp} (count: 1-bit, 2- to 31-bit, 32-bit), {@code storage_bits}
 * (bit: everything stored, indices included), {@code macs_binary}, {@code macs_lowbit}, {@code
 * macs_fp} (extra FP work included) and {@code macs_extra_fp} (MAC), and {@code macs_effective}
 * (MAC in FP32 units: b_w b_a / 64 each). r_c = FP32 params / (storage_bits / 32), r_s = FP32 MACs
 * / macs_effective.
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
    if (!Applicability.applies(operatorId, plan.arch())) {
      return Applicability.notApplicable(context.runId(), track(), plan.task(), plan.arch(), operatorId, "", -1);
    }
    ModelComplexity c = ComplexityCounter.count(
        Architectures.byId(plan.arch()), Operators.create(operatorId), plan.spec());
    String runId = context.runId();
    return List.of(
        row(runId, "params_binary", c.binaryParams(), "count"),
        row(runId, "params_lowbit", c.lowBitParams(), "count"),
        row(runId, "params_fp", c.fpParams(), "count"),
        row(runId, "storage_bits", c.storageBits(), "bit"),
        row(runId, "macs_binary", c.binaryMacs(), "MAC"),
        row(runId, "macs_lowbit", c.lowBitMacs(), "MAC"),
        row(runId, "macs_fp", c.fpMacs(), "MAC"),
        row(runId, "macs_extra_fp", c.extraFpMacs(), "MAC"),
        row(runId, "macs_effective", c.effectiveMacs(), "MAC"));
  }

  private ResultRow row(String runId, String metric, double value, String unit) {
    return ResultRow.single(runId, track(), plan.task(), plan.arch(), operatorId, "", -1, metric, value, unit, false);
  }

  @Override
  public String toString() {
    return "ComplexityCell[" + label() + "]";
  }
}
