package dev.plumbline.simulate;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The releases of a run placed in time, per line; answers which release serves a line at an instant. Immutable. */
final class ReleasePlan {
    private final Map<ReleaseLine, List<Release>> lines = new EnumMap<>(ReleaseLine.class);
    private final List<Release> all = new ArrayList<>();

    ReleasePlan(SimulationConfig config) {
        long periodSeconds = config.end().getEpochSecond() - config.start().getEpochSecond();
        for (ReleaseLine line : ReleaseLine.values()) {
            List<ReleaseSpec> specs = config.releases().stream().filter(r -> r.line() == line)
                    .sorted(Comparator.comparingDouble(ReleaseSpec::startFraction)).toList();
            List<Release> placed = new ArrayList<>();
            for (ReleaseSpec spec : specs) {
                long day = (long) Math.floor(spec.startFraction() * periodSeconds / 86_400.0);
                Instant start = config.start().plusSeconds(day * 86_400L);
                String version = start.atOffset(ZoneOffset.UTC).toLocalDate().toString();
                placed.add(new Release(spec, start, ModelRef.of(spec.name(), version, spec.family()), placed.size()));
            }
            requireDistinct(placed);
            lines.put(line, List.copyOf(placed));
            all.addAll(placed);
        }
    }

    private static void requireDistinct(List<Release> placed) {
        for (int i = 1; i < placed.size(); i++) {
            if (placed.get(i).key().equals(placed.get(i - 1).key())) {
                throw PlumblineException.invalidInput("two releases of " + placed.get(i).model().name()
                        + " start on the same day; spread their startFraction or lengthen the period");
            }
        }
    }

    Release serving(ReleaseLine line, Instant at) {
        List<Release> releases = lines.get(line);
        Release current = releases.get(0);
        for (Release release : releases) {
            if (!release.start().isAfter(at)) {
                current = release;
            }
        }
        return current;
    }

    Optional<Release> previous(Release release) {
        int index = release.indexInLine();
        return index == 0 ? Optional.empty() : Optional.of(lines.get(release.line()).get(index - 1));
    }

    Release teacher() {
        return lines.get(ReleaseLine.TEACHER).get(0);
    }

    List<Release> line(ReleaseLine line) {
        return lines.get(line);
    }

    /** Every release, main line first, then control, then teacher. */
    List<Release> all() {
        return List.copyOf(all);
    }
}
