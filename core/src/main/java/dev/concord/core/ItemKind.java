package dev.concord.core;

/** What an {@link Item} is: a table row, a free text, or an OCR'd book spine. */
public enum ItemKind { ROW, TEXT, SPINE }
