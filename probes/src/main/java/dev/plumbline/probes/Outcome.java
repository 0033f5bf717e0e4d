package dev.plumbline.probes;

/** The result of one check on one response; {@code UNPARSED} when a judge's verdict could not be read. */
public enum Outcome { PASS, FAIL, UNPARSED }
