package dev.plumbline.probes;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps items on a few threads and returns the results in input order, so reports are deterministic. */
final class Parallel {
    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        if (threads <= 1 || items.size() <= 1) {
            List<R> results = new ArrayList<>();
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.unavailable("interrupted while probing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PlumblineException) {
                throw (PlumblineException) e.getCause();
            }
            throw PlumblineException.internal("a probe task failed: " + e.getCause(), e.getCause());
        }
    }
}
