package org.dateline.actors;

/** A title or descriptor that names a person's position (titles.tsv). */
public record Title(String text, String function, String sector) {}
