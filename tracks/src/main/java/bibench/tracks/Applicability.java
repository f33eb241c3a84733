package bibench.tracks;

import bibench.deploy.ModelConverter;
import bibench.models.Architectures;
import bibench.models.Family;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.results.ResultRow;
import java.util.List;

/**
 * Whether a cell's operator means anything on its architecture, and whether the deployment kernels
 * can run it. An operator that differs from another only in its attention ({@link
 * BinaryOperator#attentionOnly()}: {@code bivit}, or {@code <id>:attention=sab}) would only repeat
 * that operator's numbers on an architecture without attention, so such a cell trains nothing and
 * writes one row, metric {@code not_applicable} = 1, which tables show as "n/a". An operator whose
 * trained layers need a kernel the converter lacks (today BitNet's ternary x int8) writes one row
 * {@code unsupported} = 1 in place of its deployment check, and is left out of the timed models.
 */
public final class Applicability {
  /** The metric of a not-applicable cell's one row. */
  public static final String NOT_APPLICABLE = "not_applicable";

  /** The metric of the one row of a deployment check the kernels cannot run. */
  public static final String UNSUPPORTED = "unsupported";

  private Applicability() {}

  /** True unless {@code operatorId} changes only attention and {@code archId} has none. */
  public static boolean applies(String operatorId, String archId) {
    return !Operators.create(operatorId).attentionOnly() || Architectures.byId(archId).family() == Family.TRANSFORMER;
  }

  /** The one row of a cell that does not apply. */
  public static List<ResultRow> notApplicable(String runId, String track, String task, String arch, String operatorId,
      String setting, long seed) {
    return List.of(ResultRow.single(runId, track, task, arch, operatorId, setting, seed, NOT_APPLICABLE, 1, "", false));
  }

  /** True when the deployment converter has kernels for every layer {@code operatorId} trains. */
  public static boolean deployable(String operatorId) {
    return ModelConverter.supports(Operators.create(operatorId));
  }

  /**
   * The one row of a deployment check the kernels cannot run (the operator's {@link
   * BinaryOperator#deployKernel()} names the kernel it needs).
   */
  public static List<ResultRow> unsupported(String runId, String track, String task, String arch, String operatorId,
      long seed) {
    return List.of(ResultRow.single(runId, track, task, arch, operatorId, "impl=bitpacked,check", seed,
        UNSUPPORTED, 1, "", false));
  }
}
