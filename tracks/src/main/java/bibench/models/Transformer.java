package bibench.models;

/**
 * A small BERT-style encoder for the quick and standard suites: 2 layers, hidden 64, 4 heads, FFN
 * 256, FP32 word embeddings. See {@link TransformerEncoder}.
 */
public final class Transformer extends TransformerEncoder {

  public Transformer() {
    super("transformer", 2, 4, 64, 0, false);
  }
}
