package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.time.Instant;
import java.util.regex.Pattern;

/** A web account of one project; {@code passwordHash} is a self-describing KDF string, never a password. */
public record Account(String username, ProjectId project, AccountRole role, String passwordHash, Instant createdAt) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.@-]{0,62}");

    public Account {
        requireNonNull(username, "username is null");
        requireNonNull(project, "project is null");
        requireNonNull(role, "role is null");
        requireNonNull(passwordHash, "passwordHash is null");
        requireNonNull(createdAt, "createdAt is null");
        if (!NAME.matcher(username).matches()) {
            throw PlumblineException.invalidInput("user name '" + username
                    + "' is invalid: use 1-63 letters, digits, '.', '_', '@' or '-'");
        }
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + project + ", " + role.wireName() + "]";
    }
}
