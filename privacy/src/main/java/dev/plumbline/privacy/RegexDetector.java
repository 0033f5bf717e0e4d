package dev.plumbline.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector made of candidate patterns and a check: a regular expression proposes, {@link #accept}
 * disposes (checksums, context, plausibility) and says the normalised value.
 */
abstract class RegexDetector implements Detector {
    private final String type;
    private final List<Pattern> candidates;

    RegexDetector(String type, List<Pattern> candidates) {
        this.type = type;
        this.candidates = List.copyOf(candidates);
    }

    /** The normalised value of the candidate in {@code matcher}'s {@link #group}, or empty to reject it. */
    abstract Optional<String> accept(String text, Matcher matcher);

    /** The capturing group that is the sensitive part (0: the whole match). */
    int group(Matcher matcher) {
        return 0;
    }

    /** A cheap test that rules a text out before any pattern runs; most texts hold nothing. */
    boolean worthScanning(String text) {
        return true;
    }

    @Override
    public final List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        if (!worthScanning(text)) {
            return found;
        }
        for (Pattern candidate : candidates) {
            Matcher matcher = candidate.matcher(text);
            while (matcher.find()) {
                int group = group(matcher);
                Optional<String> value = accept(text, matcher);
                if (value.isPresent() && matcher.end(group) > matcher.start(group)) {
                    found.add(new Detection(type, matcher.start(group), matcher.end(group), value.get()));
                }
            }
        }
        return found;
    }

    /** The up to {@code length} characters before {@code index}, lower-cased, for context rules. */
    static String before(String text, int index, int length) {
        return text.substring(Math.max(0, index - length), index).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean hasDigits(String text, int atLeast) {
        int count = 0;
        for (int i = 0; i < text.length() && count < atLeast; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count >= atLeast;
    }

    static String digits(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
