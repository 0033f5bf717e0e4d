package dev.plumbline.simulate;

/** Words whose choice is a matter of voice ({@code {use}} is "use" to one model and "leverage" to another). */
enum Word {
    USE("use"),
    HELP("help"),
    ENSURE("ensure"),
    KEY("key"),
    ALSO("also"),
    IMPROVE("improve"),
    SHOW("show"),
    GOOD("good"),
    QUICK("quick"),
    START("start");

    private final String key;

    Word(String key) {
        this.key = key;
    }

    static Word byKey(String key) {
        for (Word word : values()) {
            if (word.key.equals(key)) {
                return word;
            }
        }
        return null;
    }
}
