/**
 * The data sets of BiBench-J's tasks: what a task is ({@link bibench.data.TaskInfo}, {@link
 * bibench.data.TaskLoader}), where the data is found ({@link bibench.data.DataSources}), how much of it to load ({@link
 * bibench.data.LoadOptions}), and the result, a {@link bibench.data.TaskData} of two in-memory
 * {@link bibench.data.Split}s.
 *
 * <p>Data directory order: {@code --data-dir}, then {@code $BIBENCH_DATA}, then {@code
 * /usr/share/datasets} (Debian's {@code dataset-fashion-mnist}), then the sets shipped inside the
 * jar ({@code bibench/datasets/}). Inside a directory each set has its conventional folder
 * ({@code fashion-mnist}, {@code cifar10-jpg} or {@code cifar-10-batches-bin}, {@code fsdd},
 * {@code speech-commands-v0.01-sample} or {@code speech_commands_v0.01}, {@code glue-sst2},
 * {@code glue-cola}, {@code glue-mrpc}, {@code sentiment-labelled-sentences}, {@code optdigits},
 * {@code ModelNet40}). Known files are checked against a SHA-256 table ({@link
 * bibench.data.io.KnownFiles}).
 *
 * <p>Sub-packages hold the formats: {@code io} (folders, tar, checksums), {@code image} (IDX,
 * CIFAR-10, optdigits), {@code audio} (WAV, FFT, log-mel), {@code text} (TSV, tokens,
 * vocabulary), {@code points} (OFF meshes, synthetic primitives); {@code catalog} is the registry
 * of tasks by id ({@link bibench.data.catalog.Tasks}), above the formats it reads with.
 */
package bibench.data;
