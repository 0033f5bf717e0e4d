package dev.plumbline.store;

import dev.plumbline.model.PlumblineException;
import java.util.Locale;

/** What a web account may do: annotate its own queues, or administer its project. */
public enum AccountRole {
    ANNOTATOR,
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountRole fromWire(String name) {
        for (AccountRole role : values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw PlumblineException.invalidInput("unknown role '" + name + "': use annotator or admin");
    }
}
