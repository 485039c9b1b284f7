package org.dateline.model;

/** The span of text that supports a fact. */
public record Evidence(int start, int end, String text) {}
