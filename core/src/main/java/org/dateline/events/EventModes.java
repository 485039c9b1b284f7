package org.dateline.events;

import java.util.Locale;
import org.dateline.actors.ActorIndex;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * The mode and CAMEO code an event takes beyond its pattern's: aid of the kind the words near
 * the trigger name (aid-modes.tsv: "$500 million in military aid", "sent 100 tonnes of
 * supplies"), a meeting held by phone or video; and whether what a giving verb gives is aid at
 * all. A dictionary's code stands as written.
 */
final class EventModes {
  /** How many words before a passive verb its subject's head may stand ("Two patrol boats were delivered"). */
  private static final int PASSIVE_SUBJECT_REACH = 4;

  /** How far after a giving verb the word that says what is given may come. */
  private static final int AID_REACH = 12;

  /** A mode for verbs of sending in general (patterns.tsv "*!"): aid only when what is sent names aid. */
  static final String NAMED_AID = "*!";

  /** Returning or handing over people or property (0841). */
  static final String HANDING_BACK = "0841";

  private final EventLexicon lexicon;

  EventModes(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  String[] modeOf(ArticleRun run, Sentence s, int trigger, EventLexicon.Pattern p) {
    if (p.userDictionary()) {
      return new String[] {p.mode(), p.cameo()}; // the dictionary's code stands as written
    }
    if (p.mode().equals("*")) {
      // "$500 million in military aid": the word that qualifies the aid says its kind, before any amount
      for (int k = trigger + 2; k < s.endToken() && k <= trigger + AID_REACH; k++) {
        String w = run.tokens.get(k).text().toLowerCase(Locale.ROOT);
        EventLexicon.AidMode m = lexicon.aidMode(run.tokens.get(k - 1).text());
        if ((w.equals("aid") || w.equals("assistance")) && m != null) {
          return new String[] {m.mode(), m.cameo()};
        }
      }
      EventLexicon.AidMode given = aidWordNear(run, s, trigger);
      if (given != null && !("unspecified".equals(given.mode()) && !p.cameo().equals("070"))) { // "deployed forces to help": the row's 074
        return new String[] {given.mode(), given.cameo()};
      }
      return new String[] {"unspecified", p.cameo()};
    }
    if (p.type().equals("CONSULT") && p.mode().equals("meet")) {
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        String w = run.tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("phone") || w.equals("telephone") || w.equals("video")) {
          return new String[] {"phone", "041"};
        }
      }
    }
    return new String[] {p.mode(), p.cameo()};
  }

  /**
   * Whether a word of aid-modes.tsv follows the verb within its reach ("sent 100 tonnes of
   * supplies"), or stands in the few words before it that a passive's subject takes ("Two patrol
   * boats were delivered to X").
   */
  boolean namesAid(ArticleRun run, Sentence s, int verb) {
    return aidWordNear(run, s, verb) != null;
  }

  /**
   * The first word of aid-modes.tsv after the giving verb within its reach, else in the few words
   * before it that a passive's subject takes ("Two patrol boats were delivered"); null when none.
   */
  private EventLexicon.AidMode aidWordNear(ArticleRun run, Sentence s, int verb) {
    for (int k = verb + 1; k < s.endToken() && k <= verb + AID_REACH; k++) {
      EventLexicon.AidMode m = lexicon.aidMode(run.tokens.get(k).text());
      if (m != null && ("074".equals(m.cameo()) || !modifiesPeople(run, s, k))) { // "police officers" are sent
        return m;
      }
    }
    for (int k = verb - 1; k >= s.firstToken() && k >= verb - PASSIVE_SUBJECT_REACH; k--) {
      EventLexicon.AidMode m = lexicon.aidMode(run.tokens.get(k).text());
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** "weapons inspectors", "arms dealers": the word only says which people, nothing is given. */
  private static boolean modifiesPeople(ArticleRun run, Sentence s, int k) {
    if (k + 1 >= s.endToken() || !"NOUN".equals(run.tokens.get(k + 1).pos())) {
      return false;
    }
    String next = run.tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
    return next.endsWith("ers") || next.endsWith("ors") || next.endsWith("ists");
  }

  /** Whether the object after the verb (before its "to") is something given as aid: boats, weapons, money. */
  boolean givesAidObject(ArticleRun run, Sentence s, int verb) {
    for (int k = verb + 1; k < s.endToken() && k <= verb + 6; k++) {
      Token t = run.tokens.get(k);
      if (t.is("to") || run.args.index().at(k) != null && ActorIndex.isParticipant(run.args.index().at(k).actor())) {
        return false;
      }
      if (lexicon.aidMode(t.text()) != null && "NOUN".equals(t.pos())) {
        return true;
      }
    }
    return false;
  }
}
