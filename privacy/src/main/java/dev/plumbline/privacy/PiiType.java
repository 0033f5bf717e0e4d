package dev.plumbline.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The built-in kinds of personal data and secrets the redactor finds; each names its placeholder. */
public enum PiiType {
    EMAIL,
    PHONE,
    CARD,
    IBAN,
    IP,
    SECRET;

    /** The placeholder stem: {@code EMAIL} becomes {@code <EMAIL_1>}, {@code <EMAIL_2>}, ... */
    public String placeholder() {
        return name();
    }

    /** The type a config or CLI names, case-insensitively ({@code email}, {@code ip}, ...). */
    public static Optional<PiiType> fromName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(upper)).findFirst();
    }
}
