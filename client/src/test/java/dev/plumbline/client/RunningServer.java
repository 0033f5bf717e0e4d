package dev.plumbline.client;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;

/** The real Plumbline server on a random port over a real DuckDB file, for the client's tests. */
final class RunningServer implements AutoCloseable {
    final Store store;
    final PlumblineServer server;

    private RunningServer(Store store, ServerConfig config) {
        this.store = store;
        this.server = PlumblineServer.start(config, store);
    }

    static RunningServer start(Path dataDirectory) {
        return start(dataDirectory, config -> config, store -> store);
    }

    static RunningServer start(Path dataDirectory, UnaryOperator<ServerConfig> config, UnaryOperator<Store> wrap) {
        Store store = wrap.apply(DuckDbStore.open(dataDirectory));
        return new RunningServer(store, config.apply(ServerConfig.defaults().withPort(0)));
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    long count(ProjectId project) {
        return store.records().count(project);
    }

    long count() {
        return count(ProjectId.DEFAULT);
    }

    /** The ids of every stored record, one entry per row, so a duplicate row shows twice. */
    List<String> storedIds(ProjectId project) {
        List<String> ids = new ArrayList<>();
        store.records().scan(project, EnumSet.allOf(Kind.class), (Record record) -> ids.add(record.id()));
        return ids;
    }

    List<String> storedIds() {
        return storedIds(ProjectId.DEFAULT);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
