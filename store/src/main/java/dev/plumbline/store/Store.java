package dev.plumbline.store;

/** An open store: its ports, and the resources behind them, released by {@link #close()}. */
public interface Store extends AutoCloseable {
    RecordStore records();

    KeyStore keys();

    /** A human-readable description of where the data lives, for logs and reports. */
    String location();

    @Override
    void close();
}
