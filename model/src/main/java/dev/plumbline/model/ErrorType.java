package dev.plumbline.model;

/**
 * The five kinds of failure every Plumbline error belongs to. HTTP status codes and CLI exit codes
 * are mapped from this type in exactly one place each.
 */
public enum ErrorType {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    UNAVAILABLE,
    INTERNAL
}
