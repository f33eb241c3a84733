/**
 * The statistics every BiBench-J comparison rests on, dependency-free: {@link
 * bibench.harness.stats.StudentT} (distribution function and quantiles for any real degrees of
 * freedom), {@link bibench.harness.stats.Summary} (mean, sd and t-based 95% confidence interval of
 * the values over seeds), {@link bibench.harness.stats.TTest} (Welch's, paired and one-sample
 * tests with one- or two-sided {@link bibench.harness.stats.Tail}s), {@link
 * bibench.harness.stats.Holm} (step-down correction over a family of tests), and {@link
 * bibench.harness.stats.PairedRanking} with {@link bibench.harness.stats.RankInterval} (which
 * ranks an operator can hold given the pairs the tests resolve).
 *
 * <p>The definitions the tables and the regression gate use are in docs/rows.md ("Statistics and
 * validity").
 */
package bibench.harness.stats;
