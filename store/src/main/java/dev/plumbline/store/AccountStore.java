package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.util.List;
import java.util.Optional;

/** Web accounts and which queues each annotator may work on. User names are unique across projects. Thread-safe. */
public interface AccountStore {
    /** @throws dev.plumbline.model.PlumblineException {@code CONFLICT} when the user name is taken */
    void create(Account account);

    Optional<Account> account(String username);

    List<Account> accounts(ProjectId project);

    /** Lets an annotator work on a queue of their project (idempotent). */
    void assign(ProjectId project, String queueId, String username);

    /** The queue ids the user is assigned to. */
    List<String> assignedQueues(ProjectId project, String username);
}
