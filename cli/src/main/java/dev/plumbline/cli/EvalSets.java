package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.provenance.EvalItem;
import dev.plumbline.provenance.EvalSet;
import dev.plumbline.provenance.EvalSetJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Registered eval sets: immutable, versioned snapshots, one JSON file per version under {@code
 * <data>/eval-sets/NAME/vN.json}. Registering the same content again returns the existing version.
 */
final class EvalSets {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private final Path root;

    EvalSets(Path dataDirectory) {
        this.root = dataDirectory.resolve("eval-sets");
    }

    EvalSet register(String name, List<EvalItem> items) {
        if (!NAME.matcher(name).matches()) {
            throw PlumblineException.invalidInput("eval set name '" + name + "' is invalid: letters, digits, '.', '_', '-'");
        }
        Optional<EvalSet> latest = latest(name);
        String hash = EvalSet.hash(items);
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return latest.get();
        }
        EvalSet set = EvalSet.of(name, latest.map(s -> s.version() + 1).orElse(1), items);
        try {
            Files.createDirectories(root.resolve(name));
            Files.writeString(root.resolve(name).resolve("v" + set.version() + ".json"), EvalSetJson.write(set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    Optional<EvalSet> latest(String name) {
        Path dir = root.resolve(name);
        if (!NAME.matcher(name).matches() || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("v\\d+\\.json"))
                    .max((a, b) -> Integer.compare(version(a), version(b)))
                    .map(EvalSets::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> names() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.length() - ".json".length()));
    }

    private static EvalSet read(Path file) {
        try {
            return EvalSetJson.read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
