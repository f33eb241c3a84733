package bibench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.operators.BinaryOperator;
import bibench.tracks.Track;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No package of operators, tracks or harness depends, through other packages of its module, on
 * itself: the JDK's jdeps lists each module's package dependencies, and Tarjan's algorithm finds the
 * strongly connected components of that graph; any component of two or more packages is a cycle.
 */
class PackageCyclesTest {
  private static final Pattern EDGE = Pattern.compile("^\\s+(bibench[\\w.]*)\\s+->\\s+(bibench[\\w.]*)\\b.*$");

  @Test
  void noModuleHasAPackageCycle() throws URISyntaxException {
    List<String> problems = new ArrayList<>();
    for (Class<?> member : List.of(BinaryOperator.class, Track.class, Main.class)) {
      Path classes = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
      Map<String, Set<String>> graph = packageGraph(classes);
      assertTrue(graph.size() > 3, "jdeps found almost no packages in " + classes + ": " + graph);
      for (List<String> cycle : cycles(graph)) {
        problems.add(classes + ": " + String.join(" -> ", cycle));
      }
    }
    assertEquals(List.of(), problems, "package cycles (each package reaches the next through its imports)");
  }

  @Test
  void aCycleIsFoundAndNamed() {
    Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c", "d"), "c", Set.of("a"),
        "d", Set.of("e"), "e", Set.of()));
    assertEquals(List.of(List.of("a", "b", "c", "a")), cycles(graph));
    assertEquals(List.of(), cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of()))));
  }

  /** The module's package graph: package -> the packages of the same module it uses. */
  static Map<String, Set<String>> packageGraph(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        "-verbose:package", "-filter:none", "--add-modules", "jdk.incubator.vector", classes.toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (m.matches()) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    for (Set<String> targets : graph.values()) {
      targets.retainAll(graph.keySet()); // packages of other modules cannot close a cycle here
    }
    graph.forEach((from, targets) -> targets.remove(from));
    return graph;
  }

  /** One cycle through each strongly connected component of two or more nodes (Tarjan). */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Tarjan tarjan = new Tarjan(graph);
    graph.keySet().forEach(tarjan::visit);
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> component : tarjan.components) {
      if (component.size() > 1) {
        cycles.add(cycleThrough(graph, component));
      }
    }
    return cycles;
  }

  /** A shortest cycle from the component's first node back to itself, within the component. */
  private static List<String> cycleThrough(Map<String, Set<String>> graph, Set<String> component) {
    String start = component.iterator().next();
    Map<String, String> previous = new TreeMap<>();
    List<String> queue = new ArrayList<>(List.of(start));
    for (int i = 0; i < queue.size(); i++) {
      String node = queue.get(i);
      for (String next : graph.getOrDefault(node, Set.of())) {
        if (next.equals(start)) {
          List<String> path = new ArrayList<>();
          for (String n = node; n != null; n = previous.get(n)) {
            path.add(0, n);
          }
          path.add(start);
          return path;
        }
        if (component.contains(next) && !previous.containsKey(next)) {
          previous.put(next, node);
          queue.add(next);
        }
      }
    }
    return List.copyOf(component);
  }

  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new TreeMap<>();
    private final Map<String, Integer> low = new TreeMap<>();
    private final List<String> stack = new ArrayList<>();
    private final List<Set<String>> components = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    void visit(String node) {
      if (index.containsKey(node)) {
        return;
      }
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.add(node);
      for (String next : graph.getOrDefault(node, Set.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (stack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        Set<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.remove(stack.size() - 1);
          component.add(member);
        } while (!member.equals(node));
        components.add(component);
      }
    }
  }
}
