package org.dateline.time;

/**
 * The time a clause speaks of, relative to the dateline; UNKNOWN when no cue says.
 * PRESENT_EVENT is a present-tense event verb ("the summit opens Monday", "ministers meet
 * Monday"), which news uses for scheduled events.
 */
public enum Tense { PAST, PRESENT, PRESENT_EVENT, FUTURE, UNKNOWN }
