package dev.concord.matcher.features;

/** How a field is compared: as words, as a short name-like string, or as a number. */
public enum FieldKind { TEXT, SHORT_TEXT, NUMBER }
