package dev.plumbline.store;

/** What an annotation queue's items are: pairs to compare, or single items to rate. */
public enum QueueKind {
    PAIRWISE,
    SINGLE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static QueueKind fromWire(String name) {
        for (QueueKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw dev.plumbline.model.PlumblineException.invalidInput("unknown queue kind '" + name + "': use pairwise or single");
    }
}
