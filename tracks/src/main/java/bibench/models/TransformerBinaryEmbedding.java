package bibench.models;

/**
 * The small encoder of {@link Transformer} with the word embeddings binarized in binarized models,
 * as BiBench's BERT does (QuantizeEmbedding: centred rows, sign, times mean |row|). See {@link
 * TransformerEncoder}.
 */
public final class TransformerBinaryEmbedding extends TransformerEncoder {

  public TransformerBinaryEmbedding() {
    super("transformer-binemb", 2, 4, 64, 0, true);
  }
}
