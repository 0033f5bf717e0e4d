package dev.plumbline.store;

/** The queue store contract on PostgreSQL: a fresh database per test on the shared embedded server. */
class PostgresQueueStoreTest extends QueueStoreContract {
    private final String url = EmbeddedPostgresServer.newDatabase();

    @Override
    protected Store openStore() {
        return PostgresStore.open(url);
    }
}
