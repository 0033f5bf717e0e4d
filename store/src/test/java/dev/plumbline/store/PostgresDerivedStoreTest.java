package dev.plumbline.store;

/** The derived-fact contract on PostgreSQL: a fresh database on the shared embedded server. */
class PostgresDerivedStoreTest extends DerivedStoreContract {
    private final String url = EmbeddedPostgresServer.newDatabase();

    @Override
    protected Store openStore() {
        return PostgresStore.open(url);
    }
}
