/**
 * Reading suite files: {@link bibench.suite.JsonNode}, the one strict reader of the JSON format
 * (unknown keys, wrong types and empty lists are errors naming the key's path), and {@link
 * bibench.suite.SuiteContext}, what the whole suite says for every track. The harness reads a
 * suite's top level; each track reads its own section under {@code tracks}.
 */
package bibench.suite;
