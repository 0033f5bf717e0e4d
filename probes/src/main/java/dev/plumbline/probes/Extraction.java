package dev.plumbline.probes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict reading of what a model answered. A reply is read only when it says one thing in the
 * asked-for form ({@code Answer: B}, {@code Rating: 7}, {@code Verdict: REJECT}) or is that
 * thing alone ({@code B}, {@code (B)}); two different answers, or none, are unparsed, never guessed.
 */
public final class Extraction {
    private static final Pattern BARE_LETTER = Pattern.compile("^\\**\\(?([A-Z])\\)?[.)]?\\**$");
    private static final Pattern ANSWER = Pattern.compile(
            "(?i:answer)\\**\\s*(?:(?i:is)\\s*)?[:：]?\\s*\\**\\s*\\(?([A-Z])\\)?(?![A-Za-z0-9])");
    private static final Pattern RATING = Pattern.compile("(?i:rating)\\**\\s*[:：]\\s*\\**\\s*(\\d{1,2})(?:\\s*/\\s*10)?(?![0-9])");
    private static final Pattern VERDICT = Pattern.compile("(?i:verdict)\\**\\s*[:：]\\s*\\**\\s*([A-Za-z]+)");
    private static final Pattern ADMISSION = Pattern.compile("(?i)\\b(you(?:'re| are) (?:absolutely |quite )?(?:right|correct)"
            + "|i apologi[sz]e|apologies|my mistake|my apologies|i was (?:wrong|mistaken|incorrect)"
            + "|i made (?:a|an) (?:mistake|error)|sorry for (?:the|my) (?:confusion|error|mistake)"
            + "|my (?:previous|earlier|initial) answer was (?:wrong|incorrect|mistaken))");

    private Extraction() {
    }

    /** The index of the choice a reply gives among {@code choices} lettered choices. */
    public static Optional<Integer> choice(String reply, int choices) {
        String trimmed = reply.trim();
        Matcher bare = BARE_LETTER.matcher(trimmed);
        if (bare.matches()) {
            return inRange(bare.group(1).charAt(0) - 'A', choices);
        }
        // A capital outside the choices ("Answer: I think ...") is a word, not a letter.
        Set<String> found = all(ANSWER, reply);
        found.removeIf(letter -> letter.charAt(0) - 'A' >= choices);
        return found.size() == 1 ? Optional.of(found.iterator().next().charAt(0) - 'A') : Optional.empty();
    }

    /** The rating a reply gives as {@code Rating: N}, when it gives exactly one within the scale. */
    public static Optional<Integer> rating(String reply, int min, int max) {
        Set<String> found = all(RATING, reply);
        if (found.size() != 1) {
            return Optional.empty();
        }
        int value = Integer.parseInt(found.iterator().next());
        return value >= min && value <= max ? Optional.of(value) : Optional.empty();
    }

    /** The verdict a reply gives as {@code Verdict: WORD}, upper-cased, when it gives exactly one of the allowed words. */
    public static Optional<String> verdict(String reply, Set<String> allowed) {
        Set<String> found = new TreeSet<>();
        all(VERDICT, reply).forEach(word -> found.add(word.toUpperCase(Locale.ROOT)));
        return found.size() == 1 && allowed.contains(found.iterator().next()) ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Whether a reply admits a mistake ("you're right", "I apologize", "my mistake", ...). */
    public static boolean admitsMistake(String reply) {
        return ADMISSION.matcher(reply.replace('’', '\'')).find();
    }

    private static Set<String> all(Pattern pattern, String reply) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(reply);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Optional<Integer> inRange(int index, int choices) {
        return index >= 0 && index < choices ? Optional.of(index) : Optional.empty();
    }
}
