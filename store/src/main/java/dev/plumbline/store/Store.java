package dev.plumbline.store;

/** An open store: its ports, and the resources behind them, released by {@link #close()}. */
public interface Store extends AutoCloseable {
    RecordStore records();

    KeyStore keys();

    /** Erasure of a user's records (data-subject requests); stores that cannot erase say so. */
    default ErasureStore erasure() {
        throw new dev.plumbline.model.PlumblineException(dev.plumbline.model.ErrorType.UNAVAILABLE,
                "this store does not support erasure");
    }

    /** The append-only admin audit log; stores without one say so. */
    default AdminLog adminLog() {
        throw new dev.plumbline.model.PlumblineException(dev.plumbline.model.ErrorType.UNAVAILABLE,
                "this store has no admin audit log");
    }

    /** Annotation queues, leases and their labels. */
    default QueueStore queues() {
        throw dev.plumbline.model.PlumblineException.unavailable(location() + " has no annotation queues", null);
    }

    /** Web accounts of annotators and admins. */
    default AccountStore accounts() {
        throw dev.plumbline.model.PlumblineException.unavailable(location() + " has no accounts", null);
    }

    /** Derived facts: pairs, signals, datasets and probe runs, for lineage, erasure and the monitors. */
    default DerivedStore derived() {
        throw dev.plumbline.model.PlumblineException.unavailable(location() + " keeps no derived facts", null);
    }

    /** A human-readable description of where the data lives, for logs and reports. */
    String location();

    @Override
    void close();
}
