package bibench.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.train.LrSchedule;
import bibench.train.TrainingRecipe;
import org.junit.jupiter.api.Test;

class TrainingCostTest {
  private static final TrainingRecipe TEN = TrainingRecipe.adam(0.001f, LrSchedule.COSINE, 10, 32);

  private static TrainingCost.Workload plan(String task, String arch, int maxTrain, int maxTest) {
    return new TrainingCost.Workload(task, arch, 0, maxTrain, maxTest, 0);
  }

  @Test
  void trainingIsEpochsTimesSamplesTimesThreeForwardPassesPlusScoring() {
    TrainingCost.Workload p = plan("cifar10", "resnet20", 5_000, 1_000);
    double macs = TrainingCost.forwardMacs(p);
    assertTrue(macs > 3e7 && macs < 5e7, "ResNet-20 on CIFAR-10 is about 41 MMAC per image: " + macs);
    assertEquals(10 * 5_000 * 3 * macs + 1_000 * macs, TrainingCost.training(p, TEN.epochs()), 1);
  }

  @Test
  void aPlanTakingEverySampleCostsTheFullSetAndBiggerModelsCostMore() {
    assertEquals(50_000, TrainingCost.trainSamples(plan("cifar10", "resnet20", 0, 0)));
    assertEquals(10_000, TrainingCost.testSamples(plan("cifar10", "resnet20", 0, 0)));
    assertTrue(TrainingCost.forwardMacs(plan("cifar10", "resnet18", 0, 0))
        > 5 * TrainingCost.forwardMacs(plan("cifar10", "resnet20", 0, 0)));
  }

  @Test
  void scoringCountsEveryPassOverTheTestSplit() {
    TrainingCost.Workload p = plan("optdigits", "mlp", 320, 120);
    assertEquals(31 * 120 * TrainingCost.forwardMacs(p), TrainingCost.scoring(p, 31), 1e-6);
  }
}
