package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CpuUseTest {
    @Test
    void theJvmsNativeThreadsAreNamedByKindAndItsJavaThreadsAreLeftToTheJvm() {
        assertThat(CpuUse.nativeKind("GC Thread#0")).isEqualTo("garbage collector (native)");
        assertThat(CpuUse.nativeKind("G1 Conc#0")).isEqualTo("garbage collector (native)");
        assertThat(CpuUse.nativeKind("C2 CompilerThre")).isEqualTo("JIT compilers (native)");
        assertThat(CpuUse.nativeKind("rocksdb:low")).isEqualTo("RocksDB flushes and compactions (native)");
        assertThat(CpuUse.nativeKind("JettyServerThre")).isNull();
        assertThat(CpuUse.nativeKind("java")).isNull();
    }

    @Test
    void onLinuxTheJitCompilersTimeIsReadFromProcAndCountedBesideTheJavaThreads() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        // a test JVM has compiled for far longer than one clock tick by the time it runs this
        CpuUse now = CpuUse.now();
        assertThat(now.threadNanos()).containsKey("JIT compilers (native)").containsKey("main");
        long attributed = now.threadNanos().values().stream().mapToLong(Long::longValue).sum();
        assertThat(attributed).isLessThanOrEqualTo(now.processNanos() + 100_000_000L);
    }

    @Test
    void aThreadThatEndsBetweenTwoSnapshotsDoesNotTakeItsEarlierTimeOffItsGroup() throws Exception {
        Busy first = new Busy("cpu-use-test-worker-1");
        first.untilCpuMillis(100);
        CpuUse before = CpuUse.now();
        first.stop();
        Busy second = new Busy("cpu-use-test-worker-2");
        second.untilCpuMillis(10);
        CpuUse used = CpuUse.now().since(before);
        second.stop();

        // summed by group, the ended first thread's 100 ms before the phase would outweigh the
        // second's time in it, and the group would vanish; thread by thread it keeps the second's
        assertThat(used.threadNanos().get("cpu-use-test-worker")).isGreaterThanOrEqualTo(10_000_000L);
    }

    /** A thread spinning until stopped. */
    private static final class Busy {
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final Thread thread;

        Busy(String name) {
            thread = new Thread(() -> {
                long x = 0;
                while (running.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            }, name);
            thread.start();
        }

        void untilCpuMillis(long millis) throws InterruptedException {
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            while (mx.getThreadCpuTime(thread.getId()) < millis * 1_000_000L) {
                Thread.sleep(1);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
