package org.dateline.model;

/** TIMEX3 types of TimeML. */
public enum TimexType {
  DATE, TIME, DURATION, SET
}
