package bibench.operators;

import java.util.Map;
import java.util.Objects;

/**
 * An operator with another attention binarizer than its own, made by the option {@code
 * attention=<id>} (such as {@code react:attention=sab}): everything else, including its epoch hook,
 * is the base operator's. Its id names the choice, so its rows stand beside the base operator's;
 * since it only differs in attention it is {@link #attentionOnly()}.
 */
final class WithAttention implements BinaryOperator {
  private final BinaryOperator base;
  private final AttentionBinarizer attention;

  WithAttention(BinaryOperator base, AttentionBinarizer attention) {
    this.base = Objects.requireNonNull(base, "base");
    this.attention = Objects.requireNonNull(attention, "attention");
  }

  @Override
  public String id() {
    return base.id() + ":attention=" + attention.id();
  }

  @Override
  public String displayName() {
    return base.displayName() + " + " + attention.id() + " attention";
  }

  @Override
  public String reference() {
    return base.reference() + "; attention: " + attention.description();
  }

  @Override
  public boolean binary() {
    return base.binary();
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return base.newLayer(kind);
  }

  @Override
  public void onEpoch(int epoch, int epochs) {
    base.onEpoch(epoch, epochs);
  }

  @Override
  public ExtraFpPass extraFpPass() {
    return base.extraFpPass();
  }

  @Override
  public AttentionBinarizer attention() {
    return attention;
  }

  @Override
  public boolean attentionOnly() {
    return true;
  }

  @Override
  public DeployKernel deployKernel() {
    return base.deployKernel();
  }

  @Override
  public BinaryOperator configure(Map<String, String> options) {
    return new WithAttention(base.configure(options), attention);
  }

  /** The operator it modifies. */
  BinaryOperator base() {
    return base;
  }
}
