package org.dateline.model;

/** A stretch of article text naming an actor; offsets are UTF-16, end exclusive. */
public record Mention(int start, int end, String text) implements TextSpan {}
