package bibench.harness.report;

/**
 * A chart placed in the HTML report under one of the tables.
 *
 * @param tableId the id of the table it illustrates ({@code learning_task}, ...)
 * @param kind what it shows ({@code accuracy-bars}, {@code speedup-dots}, {@code
 *     severity-lines}, {@code grid-strip})
 * @param svg the inline SVG
 * @param caption one sentence on how to read it
 */
public record Figure(String tableId, String kind, String svg, String caption) {}
