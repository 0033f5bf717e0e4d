package dev.plumbline.client;

/**
 * What someone did after an answer. Explicit types carry a value ({@code THUMBS} ±1, {@code RATING}
 * on a scale); implicit ones ({@code EDIT}, {@code COPY}, {@code REGENERATE}, ...) are what every
 * user does anyway and are the better signal.
 */
public enum FeedbackType {
    THUMBS("thumbs"),
    RATING("rating"),
    EDIT("edit"),
    CORRECTION("correction"),
    COPY("copy"),
    ACCEPT("accept"),
    REGENERATE("regenerate"),
    ABANDON("abandon"),
    FOLLOW_UP("follow_up"),
    CHOICE("choice"),
    OUTCOME("outcome");

    private final String wireName;

    FeedbackType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
