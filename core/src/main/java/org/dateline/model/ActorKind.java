package org.dateline.model;

/** What kind of participant an actor is (see spec/output-format.md). */
public enum ActorKind {
  PERSON, COUNTRY, ORGANIZATION, LOCATION, GROUP, OTHER
}
