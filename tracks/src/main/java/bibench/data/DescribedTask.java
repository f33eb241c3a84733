package bibench.data;

/** The part every {@link TaskLoader} shares: it carries its {@link TaskInfo}. */
public abstract class DescribedTask implements TaskLoader {
  private final TaskInfo info;

  /** @param info the task */
  protected DescribedTask(TaskInfo info) {
    this.info = info;
  }

  @Override
  public final TaskInfo info() {
    return info;
  }
}
