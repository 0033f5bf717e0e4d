package dev.plumbline.store;

/** An open store: its ports, and the resources behind them, released by {@link #close()}. */
public interface Store extends AutoCloseable {
    RecordStore records();

    KeyStore keys();

    /** Annotation queues, leases and their labels. */
    default QueueStore queues() {
        throw dev.plumbline.model.PlumblineException.unavailable(location() + " has no annotation queues", null);
    }

    /** Web accounts of annotators and admins. */
    default AccountStore accounts() {
        throw dev.plumbline.model.PlumblineException.unavailable(location() + " has no accounts", null);
    }

    /** A human-readable description of where the data lives, for logs and reports. */
    String location();

    @Override
    void close();
}
