package dev.plumbline.cli;

import dev.plumbline.testing.ChatRequest;
import dev.plumbline.testing.Reply;
import dev.plumbline.testing.Responder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scripted pairwise judge with a known position bias, for the local OpenAI-compatible server: on
 * a fixed share of pairs (chosen by a hash of the two answers, so both orders agree) it ignores
 * content and picks the first-shown answer with probability {@code firstShownShare} (else the
 * second-shown), in both orders; on the others the longer answer wins, whatever the order. It
 * remembers each positional pair's pick, so a test knows the bias it actually produced. Thread-safe.
 */
final class PositionBiasedJudge implements Responder {
    private final double positionalShare;
    private final double firstShownShare;
    private final Map<String, Boolean> firstShownByPair = new ConcurrentHashMap<>();

    PositionBiasedJudge(double positionalShare, double firstShownShare) {
        this.positionalShare = positionalShare;
        this.firstShownShare = firstShownShare;
    }

    @Override
    public Reply reply(ChatRequest request) {
        String prompt = request.lastContent();
        String shownFirst = between(prompt, "[Answer A]\n", "\n[End of Answer A]");
        String shownSecond = between(prompt, "[Answer B]\n", "\n[End of Answer B]");
        String pair = shownFirst.compareTo(shownSecond) < 0 ? shownFirst + "\u0000" + shownSecond : shownSecond + "\u0000" + shownFirst;
        if (unit(pair, 1) < positionalShare) {
            boolean firstShown = unit(pair, 2) < firstShownShare;
            firstShownByPair.put(pair, firstShown);
            return Reply.answer("Position decides. " + (firstShown ? "[[A]]" : "[[B]]"));
        }
        int longer = Integer.compare(shownFirst.length(), shownSecond.length());
        return Reply.answer("The longer one is better. " + (longer > 0 ? "[[A]]" : longer < 0 ? "[[B]]" : "[[C]]"));
    }

    /** The share of positional pairs on which the first-shown answer won, as answered so far. */
    double producedFirstShownShare() {
        return firstShownByPair.values().stream().filter(b -> b).count() / (double) firstShownByPair.size();
    }

    int positionalPairs() {
        return firstShownByPair.size();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static double unit(String key, int salt) {
        long h = 0xCBF29CE484222325L + salt;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return ((h ^ (h >>> 31)) >>> 11) / (double) (1L << 53);
    }
}
