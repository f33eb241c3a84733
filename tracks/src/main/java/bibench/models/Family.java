package bibench.models;

/** BiBench's architecture families: the neural-architecture track scores each family apart. */
public enum Family {
  CNN,
  MLP,
  TRANSFORMER
}
