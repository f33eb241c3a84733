package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.BadInputException;
import bibench.models.blocks.BagEmbeddingBlock;
import bibench.models.blocks.MaskedMeanPoolBlock;
import bibench.models.blocks.TokenEmbedding;
import bibench.operators.BinaryOperator;

/**
 * A bag-of-words classifier, the baseline a Transformer must beat on a text task for the task to
 * say anything about attention: FP32 word embeddings, their mean over the real tokens (no order,
 * no positions), one hidden layer binarized by the operator (with bias, BatchNorm and the
 * activation), and an FP32 classifier. Width = the embedding and hidden size (default 64). Run with
 * {@code fp32} it is the FP baseline of the architecture track; on associative recall it cannot
 * pair keys with values.
 */
public final class BagOfWords implements Architecture {

  @Override
  public String id() {
    return "bow";
  }

  @Override
  public Family family() {
    return Family.MLP;
  }

  @Override
  public String description() {
    return "bag of words: FP word embeddings, mean over tokens, 1 binarized hidden layer, FP classifier";
  }

  @Override
  public Block build(BinaryOperator op, ModelSpec spec) {
    Layers.sampleShape(spec, id(), 1, "{tokens}");
    if (spec.vocabularySize() < 2) {
      throw new BadInputException("architecture 'bow' needs token ids, but the task has no vocabulary",
          "pick a text task, or an architecture made for this task's data");
    }
    int hidden = spec.widthOr(64);
    return new SequentialBlock()
        .add(new BagEmbeddingBlock(new TokenEmbedding(spec.vocabularySize(), hidden, false)))
        .add(new MaskedMeanPoolBlock())
        .add(Layers.linear(op, hidden, true)).add(Layers.batchNorm()).add(Layers.activation(op))
        .add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }
}
