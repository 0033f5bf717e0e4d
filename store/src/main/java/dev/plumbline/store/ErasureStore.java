package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Erasure of one user's data from a project, for a data-subject request. What goes: the user's
 * interactions ({@code user_id}); feedback on those interactions, naming them as chosen or
 * rejected, or given by the user (actor id); labels given by the user or about their interactions.
 * All of it in one transaction, with an erasure-log entry and an admin-log entry that hold counts,
 * never content. Thread-safe.
 */
public interface ErasureStore {
    /** The records an erasure of the user would remove now, to find exports holding them before erasing. */
    Set<RecordKey> recordsOf(ProjectId project, String userId);

    /** Erases the user's records from the project and logs it; erasing a user with nothing left logs zeros. */
    ErasureReceipt erase(ProjectId project, String userId, String requestedBy);

    /** The project's erasure log, oldest first. */
    List<ErasureReceipt> log(ProjectId project);

    /** How the log names a user: SHA-256 (hex) of project, NUL, user id. */
    static String subjectHash(ProjectId project, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((project.value() + "\u0000" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw dev.plumbline.model.PlumblineException.internal("SHA-256 is missing from this JVM", e);
        }
    }
}
