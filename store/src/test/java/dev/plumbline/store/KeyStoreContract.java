package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantees every {@link KeyStore} gives, run against each adapter by a subclass that opens
 * its store on storage of its own for each test and gives raw SQL access to check what is stored.
 */
public abstract class KeyStoreContract {
    private static final ProjectId PROJECT = new ProjectId("acme");
    private static final ProjectId OTHER = new ProjectId("globex");

    private final List<Store> opened = new ArrayList<>();
    private Store store;

    /** Opens the store under test on this test's storage; called again after a close to restart it. */
    protected abstract Store openStore();

    /** A plain SQL connection to the store's database, which the caller closes. */
    protected abstract Connection sql(Store store) throws SQLException;

    @BeforeEach
    void openTheStore() {
        store = open();
    }

    @AfterEach
    void closeEveryStoreOpened() {
        opened.forEach(Store::close);
    }

    private Store open() {
        Store opening = openStore();
        opened.add(opening);
        return opening;
    }

    private KeyStore keys() {
        return store.keys();
    }

    @Test
    void aCreatedKeyAuthenticatesWithItsTokenAsItsProjectAndScopes() {
        KeyStore.CreatedKey created = keys().create(PROJECT, "ingest from prod", Set.of(Scope.INGEST));

        ApiKey key = keys().authenticate(created.token()).orElseThrow();

        assertThat(key).isEqualTo(created.key());
        assertThat(key.project()).isEqualTo(PROJECT);
        assertThat(key.name()).isEqualTo("ingest from prod");
        assertThat(key.allows(Scope.INGEST)).isTrue();
        assertThat(key.allows(Scope.ANNOTATE)).isFalse();
        assertThat(key.allows(Scope.ADMIN)).isFalse();
    }

    @Test
    void anAdminKeyIsAllowedEveryScope() {
        ApiKey admin = keys().authenticate(keys().create(PROJECT, "ops", Set.of(Scope.ADMIN)).token()).orElseThrow();

        assertThat(Set.of(Scope.values())).allMatch(admin::allows);
    }

    @Test
    void onlyAHashOfTheSecretIsStoredNeverTheSecretOrTheToken() throws SQLException {
        KeyStore.CreatedKey created = keys().create(PROJECT, "prod", Set.of(Scope.INGEST, Scope.ANNOTATE));
        String secret = secretOf(created);
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        List<String> stored = everyValueInTheKeyTable();

        assertThat(stored).isNotEmpty().contains(created.key().keyId());
        assertThat(stored).noneMatch(value -> value.contains(secret) || value.contains(created.token()));
        assertThat(String.join("|", stored)).doesNotContain(secret.substring(0, 16));
    }

    /** The secret part of a token {@code pl_<keyId>_<secret>}; the secret itself may contain '_'. */
    private static String secretOf(KeyStore.CreatedKey created) {
        String prefix = "pl_" + created.key().keyId() + "_";
        assertThat(created.token()).startsWith(prefix);
        return created.token().substring(prefix.length());
    }

    private List<String> everyValueInTheKeyTable() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = sql(store); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM api_keys")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(rs.getObject(c)));
                }
            }
        }
        return values;
    }

    @Test
    void aWrongSecretAnUnknownIdAndMalformedTokensAreRefused() {
        KeyStore.CreatedKey created = keys().create(PROJECT, "prod", Set.of(Scope.INGEST));
        String token = created.token();
        String keyId = created.key().keyId();
        String secret = secretOf(created);
        String otherSecret = secretOf(keys().create(PROJECT, "other", Set.of(Scope.INGEST)));
        String flipped = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");

        List<String> refused = List.of("pl_" + keyId + "_" + flipped, "pl_" + keyId + "_" + otherSecret,
                "pl_ffffffffffff_" + secret, "pl_" + keyId + "_", "pl_" + keyId, "pl_", "pl", "", " ",
                "xx_" + keyId + "_" + secret, "PL_" + keyId + "_" + secret, token + "x", token.substring(0, token.length() - 1),
                " " + token, token + " ", "pl__" + secret, "pl_" + keyId + "_" + secret + "_", "Bearer " + token,
                "pl_' OR '1'='1_" + secret, "pl_" + keyId + "\u0000_" + secret, "pl_\u0000_" + secret,
                "pl_" + keyId + "_" + secret + "\u0000", "pl_" + keyId.toUpperCase(Locale.ROOT) + "_" + secret);

        assertThat(refused).allSatisfy(t -> assertThat(keys().authenticate(t)).as("token '%s'", t).isEmpty());
        assertThat(keys().authenticate(token)).isPresent();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesButIsStillListedAsRevoked() {
        KeyStore.CreatedKey created = keys().create(PROJECT, "leaked", Set.of(Scope.INGEST));

        assertThat(keys().revoke(created.key().keyId())).isTrue();

        assertThat(keys().authenticate(created.token())).isEmpty();
        assertThat(keys().list(PROJECT)).singleElement().satisfies(key -> {
            assertThat(key.revoked()).isTrue();
            assertThat(key.allows(Scope.INGEST)).isFalse();
        });
        assertThat(keys().revoke("ffffffffffff")).isFalse();
    }

    @Test
    void aProjectListsOnlyItsOwnKeysInCreationOrder() {
        KeyStore.CreatedKey first = keys().create(PROJECT, "first", Set.of(Scope.INGEST));
        keys().create(OTHER, "theirs", Set.of(Scope.ADMIN));
        KeyStore.CreatedKey second = keys().create(PROJECT, "second", Set.of(Scope.ANNOTATE));

        assertThat(keys().list(PROJECT)).extracting(ApiKey::keyId)
                .containsExactly(first.key().keyId(), second.key().keyId());
        assertThat(keys().list(OTHER)).extracting(ApiKey::name).containsExactly("theirs");
        assertThat(keys().list(new ProjectId("nobody"))).isEmpty();
    }

    @Test
    void aKeyAuthenticatesOnlyAsItsOwnProject() {
        KeyStore.CreatedKey ours = keys().create(PROJECT, "ours", Set.of(Scope.ADMIN));
        KeyStore.CreatedKey theirs = keys().create(OTHER, "theirs", Set.of(Scope.ADMIN));

        assertThat(keys().authenticate(ours.token()).orElseThrow().project()).isEqualTo(PROJECT);
        assertThat(keys().authenticate(theirs.token()).orElseThrow().project()).isEqualTo(OTHER);
    }

    @Test
    void aProjectCannotRevokeAnotherProjectsKey() {
        KeyStore.CreatedKey theirs = keys().create(OTHER, "theirs", Set.of(Scope.INGEST));

        assertThat(keys().revoke(PROJECT, theirs.key().keyId())).isFalse();

        assertThat(keys().authenticate(theirs.token())).isPresent();
        assertThat(keys().revoke(OTHER, theirs.key().keyId())).isTrue();
        assertThat(keys().authenticate(theirs.token())).isEmpty();
    }

    @Test
    void aKeyWithoutScopesIsInvalidInput() {
        assertThatThrownBy(() -> keys().create(PROJECT, "nothing", Set.of()))
                .isInstanceOfSatisfying(PlumblineException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT));
        assertThat(keys().any()).isFalse();
    }

    @Test
    void anyIsTrueOnlyWhileSomeKeyIsNotRevoked() {
        assertThat(keys().any()).isFalse();
        KeyStore.CreatedKey key = keys().create(PROJECT, "only", Set.of(Scope.INGEST));
        assertThat(keys().any()).isTrue();

        keys().revoke(key.key().keyId());

        assertThat(keys().any()).isFalse();
    }

    @Test
    void keysAndRevocationsSurviveARestart() {
        KeyStore.CreatedKey kept = keys().create(PROJECT, "kept", Set.of(Scope.INGEST, Scope.ANNOTATE));
        KeyStore.CreatedKey revoked = keys().create(PROJECT, "revoked", Set.of(Scope.INGEST));
        keys().revoke(revoked.key().keyId());
        store.close();

        store = open();

        assertThat(keys().authenticate(kept.token())).contains(kept.key());
        assertThat(keys().authenticate(revoked.token())).isEmpty();
        assertThat(keys().list(PROJECT)).hasSize(2);
    }

    @Test
    void everyTokenIsDifferent() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(keys().create(PROJECT, "k" + i, Set.of(Scope.INGEST)).token());
        }
        assertThat(tokens).hasSize(20);
    }
}
