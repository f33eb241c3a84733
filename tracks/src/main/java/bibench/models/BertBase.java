package bibench.models;

/**
 * BERT-base's encoder (Devlin et al. 2019) as BiBench binarizes it: 12 layers, hidden 768, 12
 * heads, FFN 3072, a 512-position table, FP32 word embeddings. For the paper suite and for
 * complexity counting; it is too large to train on a small machine. See {@link
 * TransformerEncoder}.
 */
public final class BertBase extends TransformerEncoder {

  public BertBase() {
    super("bert-base", 12, 12, 768, 512, false);
  }
}
