package org.dateline.time;

/** The time a clause speaks of, relative to the dateline; UNKNOWN when no cue says. */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
