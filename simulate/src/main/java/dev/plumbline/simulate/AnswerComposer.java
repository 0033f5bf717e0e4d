package dev.plumbline.simulate;

import java.util.SplittableRandom;

/**
 * Writes prompts, answers and user edits from templates, phrase banks and seeded choices. An answer
 * is written in its release's own voice, except that each stylistic choice (opener, word, hedge,
 * list habit, closer, filler) is made in the teacher's voice with the release's teacher weight: so
 * drift toward the teacher shows in words and in structure. Stateless; the caller's random source
 * makes it deterministic.
 */
final class AnswerComposer {
    private static final String[] TEACHER_HEADINGS = {"**Key Points:**", "### Overview", "**Here's a breakdown:**"};
    private static final String[] CODE = {
        "```\nresult = parse(value)\nif result is None:\n    raise ValueError(value)\nreturn result\n```",
        "```\nfor attempt in range(3):\n    try:\n        return client.send(request)\n    except Timeout:\n        sleep(2 ** attempt)\n```",
        "```\nSELECT DISTINCT o.id, o.total\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\n```"};
    private static final String[] UNHEDGED_STARTS = {"Here", "Think", "Add", "Wrap", "Keep", "Ask", "Open", "Tell",
        "Check", "Try", "Set", "Could", "If", "Best", "Dear", "Built", "In short"};
    private static final String[] REPHRASINGS = {"Let me rephrase: %s", "%s - but shorter please",
        "No, I meant: %s", "Try again: %s, in plain words", "%s? Please be more specific"};

    Topic topic(Feature feature, SplittableRandom random) {
        int[] fillers = new int[Slot.values().length];
        for (Slot slot : Slot.values()) {
            fillers[slot.ordinal()] = random.nextInt(slot.size());
        }
        String template = feature.prompts()[random.nextInt(feature.prompts().length)];
        Topic blank = new Topic(feature, fillers, "");
        return blank.withPrompt(render(template, blank, Voice.BASE, 0, random));
    }

    String rephrase(String prompt, SplittableRandom random) {
        String format = REPHRASINGS[random.nextInt(REPHRASINGS.length)];
        String body = format.startsWith("%") ? prompt : Character.toLowerCase(prompt.charAt(0)) + prompt.substring(1);
        return String.format(format, body);
    }

    /** An answer in {@code own} voice drifted toward the teacher by {@code teacherWeight}. */
    String answer(Topic topic, Voice own, double teacherWeight, double lengthFactor, double listBoost,
            SplittableRandom random) {
        StringBuilder out = new StringBuilder(512);
        Voice.Bank opener = pick(own, teacherWeight, random).bank();
        if (random.nextDouble() < opener.openerRate()) {
            out.append(opener.openers()[random.nextInt(opener.openers().length)]).append("\n\n");
        }
        Voice.Bank apology = pick(own, teacherWeight, random).bank();
        if (random.nextDouble() < apology.apologyRate()) {
            out.append(apology.apology());
        }
        Voice listVoice = pick(own, teacherWeight, random);
        boolean list = random.nextDouble() < listVoice.bank().listRate() + listBoost;
        if (list && random.nextDouble() < listVoice.bank().headingRate()) {
            out.append(TEACHER_HEADINGS[random.nextInt(TEACHER_HEADINGS.length)]).append('\n');
        }
        body(out, topic, own, teacherWeight, sentenceCount(topic, lengthFactor, random), list ? listVoice : null,
                random);
        Voice.Bank closer = pick(own, teacherWeight, random).bank();
        if (random.nextDouble() < closer.closerRate()) {
            out.append("\n\n").append(closer.closers()[random.nextInt(closer.closers().length)]);
        }
        return out.toString();
    }

    /** What a person writes: the human voice, a little shorter than a model. */
    String humanAnswer(Topic topic, SplittableRandom random) {
        return answer(topic, Voice.HUMAN, 0, 0.8, 0, random);
    }

    /** A user's rewrite that keeps at most the first ~40% and replaces the rest in their own words. */
    String substantiveEdit(String completion, Topic topic, SplittableRandom random) {
        int sentenceEnd = completion.indexOf(". ", completion.length() / 4);
        int cut = sentenceEnd >= 0 && sentenceEnd < completion.length() * 2 / 5 ? sentenceEnd + 1
                : Math.max(0, completion.lastIndexOf(' ', completion.length() / 3));
        StringBuilder out = new StringBuilder(completion.substring(0, cut).strip());
        out.append(out.length() == 0 ? "" : " ");
        String[] sentences = topic.feature().sentences();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            out.append(freshSentence(completion, sentences, topic, random)).append(' ');
        }
        String[] closers = Voice.HUMAN.bank().closers();
        return out.append(closers[random.nextInt(closers.length)]).toString();
    }

    /** A sentence in the human voice that the answer does not already contain (else the edit would keep more). */
    private String freshSentence(String completion, String[] sentences, Topic topic, SplittableRandom random) {
        String sentence = "";
        for (int attempt = 0; attempt < 8; attempt++) {
            sentence = capitalized(render(sentences[random.nextInt(sentences.length)], topic, Voice.HUMAN, 0, random));
            if (!completion.contains(sentence)) {
                return sentence;
            }
        }
        return "Rewrote this part myself. " + sentence;
    }

    /** A whitespace or one-character change: the user kept the answer. */
    String trivialEdit(String completion, SplittableRandom random) {
        int kind = random.nextInt(3);
        int dot = completion.indexOf(". ");
        if (kind == 0 || dot < 0) {
            return completion.strip() + "\n";
        }
        if (kind == 1) {
            return completion.substring(0, dot + 1) + "  " + completion.substring(dot + 2);
        }
        char first = completion.charAt(0);
        char swapped = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        return swapped + completion.substring(1);
    }

    private void body(StringBuilder out, Topic topic, Voice own, double teacherWeight, int count, Voice listVoice,
            SplittableRandom random) {
        String[] sentences = topic.feature().sentences();
        int[] order = shuffledIndexes(sentences.length, random);
        boolean codeBlock = topic.feature() == Feature.CODE && random.nextBoolean();
        for (int i = 0; i < count; i++) {
            Voice voice = pick(own, teacherWeight, random);
            String sentence = i < order.length ? hedged(sentences[order[i]], topic, own, teacherWeight, voice, random)
                    : voice.bank().fillers()[random.nextInt(voice.bank().fillers().length)];
            separate(out, i, listVoice);
            out.append(sentence);
            if (codeBlock && i == 0) {
                out.append("\n\n").append(CODE[random.nextInt(CODE.length)]).append("\n\n");
            }
        }
    }

    private static void separate(StringBuilder out, int index, Voice listVoice) {
        if (listVoice != null) {
            if (index > 0 || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                out.append('\n');
            }
            out.append(listVoice == Voice.TEACHER ? (index + 1) + ". " : "- ");
        } else if (index > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(index % 3 == 0 ? "\n\n" : " ");
        }
    }

    private String hedged(String template, Topic topic, Voice own, double teacherWeight, Voice voice,
            SplittableRandom random) {
        String sentence = render(template, topic, own, teacherWeight, random);
        Voice.Bank bank = voice.bank();
        if (hedgeable(template) && bank.hedges().length > 0 && random.nextDouble() < bank.hedgeRate()) {
            String hedge = bank.hedges()[random.nextInt(bank.hedges().length)];
            return hedge + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return capitalized(sentence);
    }

    /** A hedge before a name, a connective or an imperative ("Generally, add a test") would read wrong. */
    private static boolean hedgeable(String template) {
        if (template.charAt(0) == '{') {
            return false;
        }
        for (String start : UNHEDGED_STARTS) {
            if (template.startsWith(start)) {
                return false;
            }
        }
        return true;
    }

    static String capitalized(String sentence) {
        char first = sentence.charAt(0);
        return Character.isLowerCase(first) ? Character.toUpperCase(first) + sentence.substring(1) : sentence;
    }

    /** Fills {@code {slot}} from the topic and {@code {word}} in the (drifted) voice. */
    String render(String template, Topic topic, Voice own, double teacherWeight, SplittableRandom random) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(fill(template.substring(i + 1, close), topic, own, teacherWeight, random));
            i = close + 1;
        }
        return out.toString();
    }

    private String fill(String key, Topic topic, Voice own, double teacherWeight, SplittableRandom random) {
        Slot slot = Slot.byKey(key);
        if (slot != null) {
            return topic.filler(slot);
        }
        Word word = Word.byKey(key);
        if (word == null) {
            return key;
        }
        String[] options = pick(own, teacherWeight, random).bank().words()[word.ordinal()];
        return options[random.nextInt(options.length)];
    }

    private static int sentenceCount(Topic topic, double lengthFactor, SplittableRandom random) {
        double mean = topic.feature().typicalSentences() * lengthFactor;
        return Math.max(1, (int) Math.round(mean + random.nextGaussian() * 0.8));
    }

    static Voice pick(Voice own, double teacherWeight, SplittableRandom random) {
        return teacherWeight > 0 && random.nextDouble() < teacherWeight ? Voice.TEACHER : own;
    }

    private static int[] shuffledIndexes(int size, SplittableRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
