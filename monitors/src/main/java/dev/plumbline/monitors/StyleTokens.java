package dev.plumbline.monitors;

import java.util.List;
import java.util.Set;

/**
 * Masks content out of a token sequence: function words, discourse markers and punctuation stay,
 * any other word becomes {@code <w>} and any number {@code <d>}. N-grams of the result describe how
 * a text is put together (list numbering, connectives, clause shapes) rather than what it is
 * about, so two corpora on different prompts can still be compared for voice. Stateless.
 */
public final class StyleTokens {
    public static final String WORD = "<w>";
    public static final String NUMBER = "<d>";

    private static final Set<String> KEPT = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else",
            "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
            "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
            "just", "less", "let", "like", "may", "me", "might", "mine", "more", "most", "much", "must", "my",
            "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other",
            "our", "ours", "out", "over", "own", "per", "perhaps", "please", "rather", "same", "shall", "she",
            "should", "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
            "upon", "us", "very", "via", "was", "we", "well", "were", "what", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your", "yours", "i'm", "it's", "don't", "can't", "you're", "i've", "that's", "there's", "won't",
            "isn't", "aren't", "didn't", "doesn't", "let's", "here's", "we're", "they're", "i'll", "you'll", "i'd",
            // Discourse markers and stock phrases of assistant voice.
            "certainly", "sure", "additionally", "furthermore", "moreover", "overall", "ultimately",
            "importantly", "note", "hope", "happy", "glad", "sorry", "unfortunately", "apologize", "apologies",
            "following", "example", "first", "second", "finally", "conclusion", "summary", "great",
            "helpful", "important", "essential", "crucial", "ensure", "various", "provide", "help", "feel", "free");

    private StyleTokens() {
    }

    public static List<String> mask(List<String> tokens) {
        return tokens.stream().map(StyleTokens::mask).toList();
    }

    private static String mask(String token) {
        if (!ParsedText.isWord(token) || KEPT.contains(token)) {
            return token;
        }
        return token.chars().allMatch(Character::isDigit) ? NUMBER : WORD;
    }
}
