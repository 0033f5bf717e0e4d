package dev.plumbline.wire;

import dev.plumbline.model.RecordProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one span (or of the body, index -1) as they are found. Not thread-safe. */
final class SpanProblems {
    private final int index;
    private final List<RecordProblem> problems = new ArrayList<>();

    SpanProblems(int index) {
        this.index = index;
    }

    void add(String path, String reason) {
        problems.add(new RecordProblem(index, path, reason));
    }

    boolean any() {
        return !problems.isEmpty();
    }

    List<RecordProblem> list() {
        return problems;
    }
}
