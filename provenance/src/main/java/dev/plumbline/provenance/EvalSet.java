package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A named, versioned, immutable snapshot of eval items. The content hash (SHA-256 over ids, turns,
 * references and tags in order) is checked on construction, so a snapshot that claims a hash has
 * exactly that content.
 */
public record EvalSet(String name, int version, List<EvalItem> evalItems, String contentHash) implements ItemSet {
    public EvalSet {
        requireNonNull(name, "name is null");
        evalItems = List.copyOf(requireNonNull(evalItems, "evalItems is null"));
        requireNonNull(contentHash, "contentHash is null");
        if (name.isBlank() || version < 1) {
            throw PlumblineException.invalidInput("an eval set needs a name and a version >= 1, got '"
                    + name + "' version " + version);
        }
        NamedItems.requireDistinctIds(name, evalItems.stream().map(item -> new TextItem(item.id(), "")).toList());
        String actual = hash(evalItems);
        if (!actual.equals(contentHash)) {
            throw PlumblineException.invalidInput("eval set '" + name + "' v" + version + " claims content hash "
                    + contentHash + " but its items hash to " + actual);
        }
    }

    public static EvalSet of(String name, int version, List<EvalItem> items) {
        return new EvalSet(name, version, items, hash(items));
    }

    /** {@code name@vN}. */
    public String reference() {
        return name + "@v" + version;
    }

    @Override
    public List<TextItem> items() {
        return evalItems.stream().map(item -> new TextItem(item.id(), item.text())).toList();
    }

    /** {@code sha256:} and the hex digest of the items' canonical form. */
    public static String hash(List<EvalItem> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (EvalItem item : items) {
                update(digest, "item", item.id());
                item.turns().forEach(turn -> update(digest, "turn", turn));
                item.references().forEach(reference -> update(digest, "reference", reference));
                new TreeMap<>(item.tags()).forEach((key, value) -> update(digest, "tag", key + "=" + value));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw PlumblineException.internal("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest digest, String field, String value) {
        // Length prefixes keep ("ab","c") and ("a","bc") apart.
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((field + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }
}
