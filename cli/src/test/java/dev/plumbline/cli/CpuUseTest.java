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
}
