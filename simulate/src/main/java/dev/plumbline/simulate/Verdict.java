package dev.plumbline.simulate;

/** A labeller's verdict on a pair in subject terms ({@code A} is the pair's first id), or no verdict. */
enum Verdict {
    A("A"),
    B("B"),
    TIE("tie"),
    UNPARSED("");

    private final String value;

    Verdict(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }
}
