package bibench.harness.hostile.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every hostile data input of issue 15 and the ones invented beside them, by kind. The tracks
 * tests load each one ({@link HostileDataLoadTest}); the harness tests run each through the command
 * line; {@link WriteHostileCases} writes them for {@code scripts/hostile-cases.sh}, which prints
 * the closing table.
 */
public final class HostileCases {

  private HostileCases() {}

  /** All cases, ids unique. */
  public static List<HostileCase> all() {
    List<HostileCase> all = new ArrayList<>();
    all.addAll(ArchiveCases.all());
    all.addAll(ImageCases.all());
    all.addAll(AudioCases.all());
    all.addAll(TextCases.all());
    all.addAll(MeshCases.all());
    Set<String> ids = new HashSet<>();
    for (HostileCase c : all) {
      if (!ids.add(c.id())) {
        throw new IllegalStateException("two hostile cases named " + c.id());
      }
    }
    return List.copyOf(all);
  }
}
