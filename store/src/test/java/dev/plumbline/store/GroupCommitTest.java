package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    /** A stand-in transaction: runs the units, and "commits" their results only when none threw. */
    private final List<List<Object>> committed = new CopyOnWriteArrayList<>();
    private final CountDownLatch open = new CountDownLatch(1);
    private final CountDownLatch running = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newFixedThreadPool(4);
    private final GroupCommit commits = new GroupCommit("test-commits", units -> {
        List<Object> results = new ArrayList<>();
        for (GroupCommit.Unit<?> unit : units) {
            try {
                results.add(unit.run(null));
            } catch (PlumblineException e) {
                results.add(new GroupCommit.Refused(e));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        committed.add(results);
        return results;
    });

    @AfterEach
    void stop() {
        open.countDown();
        callers.shutdownNow();
        commits.close();
    }

    @Test
    void waitingUnitsShareOneTransaction() throws Exception {
        Future<Object> first = callers.submit(() -> commits.run(c -> {
            running.countDown();
            awaitOpen();
            return "first";
        }));
        List<Future<Object>> others = queueBehindTheFirst(List.of("a", "b", "c"));
        open.countDown();
        assertThat(first.get()).isEqualTo("first");
        for (Future<Object> other : others) {
            other.get();
        }
        assertThat(committed).hasSize(2);
        assertThat(committed.get(1)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aUnitThatBreaksTheTransactionFailsAloneAndTheOthersCommitOnTheirOwn() throws Exception {
        Future<Object> first = callers.submit(() -> commits.run(c -> {
            running.countDown();
            awaitOpen();
            return "first";
        }));
        List<Future<Object>> good = queueBehindTheFirst(List.of("a", "b"));
        Future<Object> bad = callers.submit(() -> commits.run(c -> {
            throw new IllegalStateException("broken");
        }));
        while (commits.waiting() < 3) {
            Thread.sleep(1);
        }
        open.countDown();
        first.get();
        assertThat(good.get(0).get()).isEqualTo("a");
        assertThat(good.get(1).get()).isEqualTo("b");
        assertThatThrownBy(bad::get).hasRootCauseMessage("broken");
        assertThat(committed).extracting(List::size).containsExactly(1, 1, 1);
    }

    @Test
    void aRefusedUnitFailsItsCallerWithoutRollingBackTheOthers() throws Exception {
        Future<Object> first = callers.submit(() -> commits.run(c -> {
            running.countDown();
            awaitOpen();
            return "first";
        }));
        List<Future<Object>> good = queueBehindTheFirst(List.of("a"));
        Future<Object> refused = callers.submit(() -> commits.run(c -> {
            throw PlumblineException.notFound("no such lease");
        }));
        while (commits.waiting() < 2) {
            Thread.sleep(1);
        }
        open.countDown();
        first.get();
        assertThat(good.get(0).get()).isEqualTo("a");
        assertThatThrownBy(refused::get).hasRootCauseInstanceOf(PlumblineException.class);
        assertThat(committed).hasSize(2);
    }

    @Test
    void aClosedGroupCommitRefusesNewWork() {
        open.countDown();
        commits.close();
        assertThatThrownBy(() -> commits.run(c -> "late")).isInstanceOf(PlumblineException.class);
    }

    private void awaitOpen() {
        try {
            open.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the values in as units once the first unit is running, and waits until they are all queued. */
    private List<Future<Object>> queueBehindTheFirst(List<String> values) throws InterruptedException {
        running.await();
        List<Future<Object>> futures = new ArrayList<>();
        for (String value : values) {
            futures.add(callers.submit(() -> commits.run(c -> value)));
        }
        while (commits.waiting() < values.size()) {
            Thread.sleep(1);
        }
        return futures;
    }
}
