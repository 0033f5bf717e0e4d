package dev.plumbline.store;

import java.util.Arrays;
import java.util.Optional;

/** The administrative actions the audit log records. */
public enum AdminAction {
    KEY_CREATED("key.created"),
    KEY_REVOKED("key.revoked"),
    EXPORT_MADE("export.made"),
    ERASURE("erasure");

    private final String wireName;

    AdminAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AdminAction> fromWire(String name) {
        return Arrays.stream(values()).filter(action -> action.wireName.equals(name)).findFirst();
    }
}
