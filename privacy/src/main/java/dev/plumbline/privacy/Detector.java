package dev.plumbline.privacy;

import java.util.List;

/** Finds one type of personal data in a text. Implementations are stateless and thread-safe. */
interface Detector {
    List<Detection> find(String text);
}
