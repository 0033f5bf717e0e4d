package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text split the way the voice audit reads it: lower-cased tokens (words, and each punctuation
 * mark as its own token, because punctuation habits are part of a voice), the words alone, the
 * word count of each sentence, and the non-blank lines. Immutable.
 */
public record ParsedText(String raw, List<String> tokens, List<String> words, List<Integer> sentenceLengths,
        List<String> lines) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    public ParsedText {
        requireNonNull(raw, "raw is null");
        tokens = List.copyOf(tokens);
        words = List.copyOf(words);
        sentenceLengths = List.copyOf(sentenceLengths);
        lines = List.copyOf(lines);
    }

    public static ParsedText parse(String raw) {
        List<String> tokens = tokenize(raw);
        List<String> words = tokens.stream().filter(ParsedText::isWord).toList();
        List<Integer> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(raw.strip())) {
            long count = tokenize(sentence).stream().filter(ParsedText::isWord).count();
            if (count > 0) {
                sentences.add((int) count);
            }
        }
        List<String> lines = raw.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new ParsedText(raw, tokens, words, sentences, lines);
    }

    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group().replace('’', '\''));
        }
        return tokens;
    }

    /** Splits a text into sentences (keeping their punctuation), for building planted series. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(text.strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    public static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }
}
