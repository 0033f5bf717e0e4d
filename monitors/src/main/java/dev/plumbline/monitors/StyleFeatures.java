package dev.plumbline.monitors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The per-text stylometric feature vector that the separability classifier and the corpus
 * fingerprint are built from. The order of {@link #NAMES} is the order of {@link #of}'s values.
 * Rates are per word or per sentence so that long and short texts are comparable. Stateless.
 */
public final class StyleFeatures {
    public static final List<String> NAMES = List.of(
            "log_words", "log_sentences", "sentence_length_mean", "sentence_length_sd", "word_length_mean",
            "type_token_ratio", "distinct_2", "list_line_share", "heading_line_share", "log_lines",
            "hedges_per_100_words", "apologies_per_100_words", "commas_per_word", "punctuation_per_word",
            "questions_per_sentence", "exclamations_per_sentence", "digit_share", "uppercase_share",
            "first_person_per_100_words", "second_person_per_100_words", "function_word_share",
            "colons_per_word", "brackets_quotes_per_word", "ends_with_terminal_punctuation",
            "starts_capitalized", "repeated_trigram_share");

    static final Pattern LIST_LINE = Pattern.compile("^(?:[-*•·]\\s+|\\d{1,3}[.)]\\s+|[a-zA-Z][.)]\\s+).*");
    static final Pattern HEADING_LINE = Pattern.compile("^(?:#{1,6}\\s+.+|[^.!?]{1,60}:|\\*\\*[^*]{1,60}\\*\\*:?)$");

    private static final Set<String> HEDGES = Set.of("might", "may", "perhaps", "possibly", "probably",
            "likely", "unlikely", "seems", "seem", "appears", "appear", "generally", "typically", "usually",
            "often", "somewhat", "could", "suggest", "suggests", "arguably", "roughly", "approximately");
    private static final List<List<String>> HEDGE_PHRASES = List.of(List.of("i", "think"), List.of("i", "believe"),
            List.of("it", "depends"), List.of("in", "general"), List.of("it", "is", "possible"));
    private static final Set<String> APOLOGIES = Set.of("sorry", "apologize", "apologise", "apologies",
            "apology", "unfortunately", "regret", "regrettably");
    private static final List<List<String>> APOLOGY_PHRASES = List.of(List.of("i'm", "afraid"),
            List.of("i", "am", "afraid"), List.of("as", "an", "ai"));
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "we", "us", "our", "i'm",
            "i've", "i'd", "i'll", "we're");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "you're", "you've",
            "you'll", "you'd");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is",
            "that", "it", "for", "on", "with", "as", "this", "be", "are");

    private StyleFeatures() {
    }

    public static double[] of(ParsedText text) {
        List<String> words = text.words();
        double wordCount = Math.max(1, words.size());
        double sentences = Math.max(1, text.sentenceLengths().size());
        double lines = Math.max(1, text.lines().size());
        String raw = text.raw();
        return new double[] {
            Math.log1p(words.size()),
            Math.log1p(text.sentenceLengths().size()),
            mean(text.sentenceLengths()),
            sd(text.sentenceLengths()),
            words.stream().mapToInt(String::length).average().orElse(0),
            words.isEmpty() ? 0 : new HashSet<>(words).size() / wordCount,
            distinctBigrams(words),
            listLines(text) / lines,
            headingLines(text) / lines,
            Math.log1p(text.lines().size()),
            100 * hedges(words) / wordCount,
            100 * apologies(words) / wordCount,
            count(text.tokens(), ",") / wordCount,
            (text.tokens().size() - words.size()) / wordCount,
            chars(raw, '?') / sentences,
            chars(raw, '!') / sentences,
            share(raw, Character::isDigit, Character::isLetterOrDigit),
            share(raw, Character::isUpperCase, Character::isLetter),
            100 * words.stream().filter(FIRST_PERSON::contains).count() / wordCount,
            100 * words.stream().filter(SECOND_PERSON::contains).count() / wordCount,
            words.stream().filter(FUNCTION_WORDS::contains).count() / wordCount,
            (count(text.tokens(), ":") + count(text.tokens(), ";")) / wordCount,
            text.tokens().stream().filter(t -> "()[]\"'“”".contains(t)).count() / wordCount,
            raw.isEmpty() || ".!?".indexOf(raw.charAt(raw.length() - 1)) < 0 ? 0 : 1,
            raw.isEmpty() || !Character.isUpperCase(raw.codePointAt(0)) ? 0 : 1,
            repeatedTrigrams(text.tokens()),
        };
    }

    static long listLines(ParsedText text) {
        return text.lines().stream().filter(line -> LIST_LINE.matcher(line).matches()).count();
    }

    static long headingLines(ParsedText text) {
        // A one-line answer ending in a colon is a lead-in, not a heading.
        if (text.lines().size() < 2) {
            return 0;
        }
        return text.lines().stream().filter(line -> HEADING_LINE.matcher(line).matches()).count();
    }

    static long hedges(List<String> words) {
        return words.stream().filter(HEDGES::contains).count() + phrases(words, HEDGE_PHRASES);
    }

    static long apologies(List<String> words) {
        return words.stream().filter(APOLOGIES::contains).count() + phrases(words, APOLOGY_PHRASES);
    }

    private static long phrases(List<String> words, List<List<String>> phrases) {
        long found = 0;
        for (int i = 0; i < words.size(); i++) {
            for (List<String> phrase : phrases) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    found++;
                }
            }
        }
        return found;
    }

    private static double distinctBigrams(List<String> words) {
        if (words.size() < 2) {
            return 0;
        }
        Set<String> bigrams = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            bigrams.add(words.get(i - 1) + " " + words.get(i));
        }
        return bigrams.size() / (double) (words.size() - 1);
    }

    /** Share of token trigrams that repeat an earlier one: high in degenerate, looping outputs. */
    private static double repeatedTrigrams(List<String> tokens) {
        if (tokens.size() < 3) {
            return 0;
        }
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            seen.add(tokens.subList(i, i + 3));
        }
        return 1 - seen.size() / (double) (tokens.size() - 2);
    }

    private static double count(List<String> tokens, String token) {
        return tokens.stream().filter(token::equals).count();
    }

    private static double chars(String raw, char c) {
        return raw.chars().filter(ch -> ch == c).count();
    }

    private static double share(String raw, java.util.function.IntPredicate part,
            java.util.function.IntPredicate whole) {
        long denominator = raw.codePoints().filter(whole).count();
        return denominator == 0 ? 0 : raw.codePoints().filter(part).count() / (double) denominator;
    }

    static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    static double sd(List<Integer> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = mean(values);
        double sum = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(sum / (values.size() - 1));
    }
}
