package dev.plumbline.simulate;

/** What one request is about: its feature, the chosen template fillers (by slot) and the prompt text. Immutable. */
final class Topic {
    private final Feature feature;
    private final int[] fillers;
    private final String prompt;

    Topic(Feature feature, int[] fillers, String prompt) {
        this.feature = feature;
        this.fillers = fillers.clone();
        this.prompt = prompt;
    }

    Feature feature() {
        return feature;
    }

    String prompt() {
        return prompt;
    }

    String filler(Slot slot) {
        return slot.value(fillers[slot.ordinal()]);
    }

    /** The same topic asked with different words. */
    Topic withPrompt(String newPrompt) {
        return new Topic(feature, fillers, newPrompt);
    }
}
