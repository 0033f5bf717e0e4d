package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The check behind {@code audit pii}: reports every match of a policy left in a file's lines, with
 * a masked excerpt, never the value. Pure: the caller reads the files. Immutable and thread-safe.
 */
public final class PiiScanner {
    private static final int SHOWN = 2;
    private final PiiDetector detector;

    public PiiScanner(RedactionPolicy policy) {
        this.detector = new PiiDetector(requireNonNull(policy, "policy is null"));
    }

    public List<PiiFinding> scan(String file, List<String> lines) {
        List<PiiFinding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (Detection detection : detector.find(line)) {
                findings.add(new PiiFinding(file, i + 1, detection.start() + 1, detection.type(),
                        mask(line.substring(detection.start(), detection.end()))));
            }
        }
        return findings;
    }

    /** The first and last two characters with stars between; short values are all stars. */
    static String mask(String value) {
        if (value.length() <= 2 * SHOWN + 2) {
            return "*".repeat(value.length());
        }
        int hidden = Math.min(value.length() - 2 * SHOWN, 12);
        return value.substring(0, SHOWN) + "*".repeat(hidden) + value.substring(value.length() - SHOWN);
    }
}
