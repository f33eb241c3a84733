package bibench.data;

/** The kind of input a task has; BiBench's learning-task track spans all of them. */
public enum Modality {
  IMAGE,
  SPEECH,
  TEXT,
  POINT_CLOUD
}
