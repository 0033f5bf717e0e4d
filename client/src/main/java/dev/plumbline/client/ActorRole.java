package dev.plumbline.client;

/** Who gave a feedback or label. */
public enum ActorRole {
    USER("user"),
    ANNOTATOR("annotator"),
    JUDGE("judge"),
    SYSTEM("system");

    private final String wireName;

    ActorRole(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
