package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DerivedStore} guarantees, run against each adapter by a subclass that opens its
 * store on fresh storage of its own.
 */
public abstract class DerivedStoreContract {
    protected static final ProjectId PROJECT = new ProjectId("acme");
    protected static final ProjectId OTHER = new ProjectId("globex");

    protected Store store;

    /** Opens the store under test on fresh storage of its own. */
    protected abstract Store openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    static DerivedEntry pair(String id, int secondsAfterT0, String... sources) {
        return DerivedEntry.of(DerivedKind.PAIR, id, T0.plusSeconds(secondsAfterT0), Optional.of("u-1"), List.of(sources),
                "{\"rule\":\"prefer_x\"}");
    }

    @Test
    void aRecordedFactReadsBackWithItsSourcesInTheOrderGiven() {
        DerivedEntry pair = pair("p:i-2>i-1", 0, "i-2", "i-1", "f-9", "l-3");

        long added = store.derived().record(PROJECT, List.of(pair));

        assertThat(added).isEqualTo(1);
        assertThat(store.derived().find(PROJECT, DerivedKind.PAIR, "p:i-2>i-1")).contains(pair);
        assertThat(store.derived().find(PROJECT, "p:i-2>i-1")).contains(pair);
        assertThat(pair.sources()).containsExactly("i-2", "i-1", "f-9", "l-3");
    }

    @Test
    void anIdNotStoredIsNotFoundInAnyKindOrProject() {
        store.derived().record(PROJECT, List.of(pair("p-1", 0, "i-1")));

        assertThat(store.derived().find(PROJECT, "p-2")).isEmpty();
        assertThat(store.derived().find(PROJECT, DerivedKind.DATASET, "p-1")).isEmpty();
        assertThat(store.derived().find(OTHER, "p-1")).isEmpty();
    }

    @Test
    void aFactWhoseKindAndIdAreStoredIsKeptAsItWasAndNotCountedAgain() {
        DerivedEntry first = pair("p-1", 0, "i-1");
        DerivedEntry again = DerivedEntry.of(DerivedKind.PAIR, "p-1", T0.plusSeconds(60), Optional.empty(),
                List.of("i-7"), "{\"rule\":\"other\"}");

        store.derived().record(PROJECT, List.of(first));
        long added = store.derived().record(PROJECT, List.of(again, again));

        assertThat(added).isZero();
        assertThat(store.derived().list(PROJECT, DerivedKind.PAIR)).containsExactly(first);
    }

    @Test
    void theSameIdMayNameFactsOfDifferentKinds() {
        DerivedEntry probe = DerivedEntry.of(DerivedKind.PROBE_RUN, "x-1", T0, Optional.empty(), List.of(), "{}");

        store.derived().record(PROJECT, List.of(pair("x-1", 0, "i-1"), probe));

        assertThat(store.derived().find(PROJECT, DerivedKind.PROBE_RUN, "x-1")).contains(probe);
        assertThat(store.derived().find(PROJECT, "x-1")).map(DerivedEntry::kind).contains(DerivedKind.PAIR);
    }

    @Test
    void factsStreamedFromALazyIterableAreWrittenInSeveralBatchesAndListedOldestFirstThenById() {
        int n = JdbcDerivedStore.BATCH * 2 + 37;
        AtomicInteger produced = new AtomicInteger();
        Iterable<DerivedEntry> lazy = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return produced.get() < n;
            }

            @Override
            public DerivedEntry next() {
                int i = produced.getAndIncrement();
                return pair(String.format("p-%04d", n - i), i % 3, "i-" + i, "l-" + i);
            }
        };

        long added = store.derived().record(PROJECT, lazy);

        List<DerivedEntry> listed = store.derived().list(PROJECT, DerivedKind.PAIR);
        assertThat(added).isEqualTo(n);
        assertThat(listed).hasSize(n);
        assertThat(listed).isSortedAccordingTo(java.util.Comparator.comparing(DerivedEntry::created)
                .thenComparing(DerivedEntry::id));
        assertThat(listed).allSatisfy(f -> assertThat(f.sources()).hasSize(2));
        assertThat(store.derived().list(OTHER, DerivedKind.PAIR)).isEmpty();
    }

    @Test
    void factsAreKeptPerProject() {
        store.derived().record(PROJECT, List.of(pair("p-1", 0, "i-1")));
        store.derived().record(OTHER, List.of(pair("p-1", 5, "i-9")));

        assertThat(store.derived().find(OTHER, "p-1")).map(DerivedEntry::sources).contains(List.of("i-9"));
        assertThat(store.derived().find(PROJECT, "p-1")).map(DerivedEntry::sources).contains(List.of("i-1"));
    }

    @Test
    void aFactWithoutAnIdIsRefused() {
        assertThatThrownBy(() -> pair(" ", 0, "i-1")).isInstanceOf(PlumblineException.class);
    }

    @Test
    void theStoreSurvivesARestartWithItsFacts() {
        DerivedEntry pair = pair("p-1", 0, "i-1", "f-1");
        store.derived().record(PROJECT, List.of(pair));
        store.close();

        store = openStore();

        assertThat(store.derived().find(PROJECT, "p-1")).contains(pair);
    }
}
