package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Dates events. An event takes the date its own clause gives ("met Witkoff on Nov. 30"); "and
 * then again the following day" repeats it on a second date. A clause without a date of its own
 * takes one from the clause it is tied to: the verb it shares a subject with ("struck the site and
 * killed its commanders on Friday"), the clause a "when", "while" or "where" clause happens in
 * ("the dispute erupted on Sunday, when X refused"), the "after" clause it follows ("broke off
 * relations after police stormed the embassy late on Friday"), the announcement of a speaker's
 * own act ("announced on Saturday that it had suspended the partnership"). Otherwise
 * {@code EventCoder} lets an event continue the scene of the last dated one.
 * Present-perfect and undated statements ("has been a key backer since 2022") stay undated.
 */
final class EventDating {

  /** A calendar value usable as an event date: a day, month, year, week or season. */
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}(-WE)?|SP|SU|FA|WI|Q\\d|H\\d))?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A length in days or weeks ("a day", "two weeks") or in hours or less ("hours", "PT30M"). */
  private static final Pattern SHORT_LENGTH = Pattern.compile("P(\\d+|X)([DW])|PT(\\d+|X)[HM]");
  private static final Set<String> START_POINTS = Set.of("since", "until", "till");
  /** Words that make a date tell a time other than the one just told ("the following day", "a day later"). */
  private static final Set<String> CONTRASTING = Set.of("following", "next", "later", "earlier", "previous",
      "before", "after", "ago", "then", "prior");
  /** Openers of a clause that happens at the time of the clause it hangs on. */
  private static final Set<String> SIMULTANEOUS = Set.of("when", "while", "where");
  /** Words that put a reported act at a time of its own, not the announcement's. */
  private static final Set<String> OWN_PERIOD = Set.of("since", "during", "earlier", "previously");
  /** A clause's words are counted up to this many, a name counting as one word. */
  private static final int AFTER_WINDOW = 14;
  private static final int BEFORE_WINDOW = 12;

  private final List<Token> tokens;
  private final List<Timex> timexes;
  private final int[] timexAtToken;
  private final Arguments args;
  private final Predicate<Token> speechVerb;
  private final EventLexicon lexicon;

  EventDating(List<Token> tokens, List<Timex> timexes, Arguments args, Predicate<Token> speechVerb,
      EventLexicon lexicon) {
    this.tokens = tokens;
    this.lexicon = lexicon;
    this.timexes = timexes;
    this.args = args;
    this.speechVerb = speechVerb;
    this.timexAtToken = new int[tokens.size()];
    java.util.Arrays.fill(timexAtToken, -1);
    int t = 0;
    for (int x = 0; x < timexes.size(); x++) {
      Timex tx = timexes.get(x);
      while (t < tokens.size() && tokens.get(t).end() <= tx.start()) {
        t++;
      }
      for (int i = t; i < tokens.size() && tokens.get(i).start() < tx.end(); i++) {
        timexAtToken[i] = x;
      }
    }
  }

  static boolean isDay(String value) {
    return value != null && DAY.matcher(value).matches();
  }

  /**
   * The dates the clause around a trigger gives: usually one; two or more when the text repeats
   * the event ("on Nov. 30 and then again the following day", "in July and in August"); empty
   * when it gives none.
   */
  List<String> clauseDates(int trigger, Sentence s, boolean[] blocked) {
    List<String> out = new ArrayList<>();
    if (trigger - 1 > s.firstToken() && tokens.get(trigger - 1).is("since") && isHave(tokens.get(trigger - 2))) {
      return out; // "was ousted in April 2022 and has since accused ...": some time after that date
    }
    String away = lengthAway(trigger, s, blocked);
    if (away != null) {
      out.add(away);
      return out;
    }
    int after = nearestAfter(trigger, s, blocked, false);
    // "agreed on Monday to cut tariffs": a date before a planned act's "to" is the agreement's
    // "sealed on Sunday after four days of talks": the talks came before the date told before them
    int before = after >= 0 || isPlannedInfinitive(trigger, s) || followsAfter(trigger, s) ? -1
        : nearestBefore(trigger, s, blocked);
    if (after < 0 && before < 0) {
      after = nearestAfter(trigger, s, blocked, true); // "struck X and killed Y on Friday"
    }
    if (after >= 0) {
      out.add(calendarPart(timexes.get(after).value()));
      // repetitions: "<date> and (then) (again) <date>", "in July, in August and in September"
      int end = lastToken(after, s);
      while (true) {
        int k = end + 1;
        boolean and = false;
        while (k < s.endToken() && k <= end + 4) {
          String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
          if (w.equals("and") || w.equals(",")) {
            and = true;
            k++;
          } else if (w.equals("then") || w.equals("again") || w.equals("later") || w.equals("once")
              || w.equals("in") || w.equals("on")) {
            k++;
          } else if (and && (w.equals("in") || w.equals("on")) && k + 1 < s.endToken() && timexAtToken[k + 1] >= 0) {
            k++; // "in 2017 and again in 2022"
          } else {
            break;
          }
        }
        int next = k < s.endToken() ? timexAtToken[k] : -1;
        if (!and || next < 0 || next == after || !usable(timexes.get(next))) {
          break;
        }
        out.add(calendarPart(timexes.get(next).value()));
        after = next;
        end = lastToken(next, s);
      }
      return out;
    }
    if (before >= 0) {
      out.add(calendarPart(timexes.get(before).value()));
    }
    return out;
  }

  /**
   * "under sanctions since 2017": the date a standing state began, after "since" in the clause
   * after a trigger, for a state that begins with an act (sanctions are imposed); empty without one.
   */
  List<String> startDate(int trigger, Sentence s, boolean[] blocked) {
    for (int k = trigger + 1; k < s.endToken() && k <= trigger + 8; k++) {
      Token t = tokens.get(k);
      if (isBoundary(t) || t.is(",")) {
        break;
      }
      int x = k + 1 < s.endToken() && t.is("since") ? timexAtToken[k + 1] : -1;
      if (x >= 0 && !blocked[k + 1] && usable(timexes.get(x))) {
        return List.of(calendarPart(timexes.get(x).value()));
      }
    }
    return List.of();
  }

  /**
   * Whether a noun trigger is counted out in a length after "after" or "following" ("after four
   * days of talks"): the talks went on before the day told, not on it ("said on Sunday after talks
   * with X" keeps the day).
   */
  private boolean followsAfter(int trigger, Sentence s) {
    if (!"NOUN".equals(tokens.get(trigger).pos())) {
      return false;
    }
    boolean length = false;
    for (int k = trigger - 1; k >= s.firstToken() && k >= trigger - 6; k--) {
      Token t = tokens.get(k);
      if (t.is("after") || t.is("following")) {
        return length;
      }
      length |= timexAtToken[k] >= 0 && timexes.get(timexAtToken[k]).type() == TimexType.DURATION;
      boolean modifier = timexAtToken[k] >= 0 || t.is("of") || Arguments.NOUN_PHRASE_TAGS.contains(t.pos());
      if (!modifier) {
        return false;
      }
    }
    return false;
  }

  private boolean isPlannedInfinitive(int trigger, Sentence s) {
    if (!"VERB".equals(tokens.get(trigger).pos()) || trigger - 1 < s.firstToken() || !tokens.get(trigger - 1).is("to")) {
      return false;
    }
    VerbGroup vg = VerbGroup.analyze(lexicon, tokens, s, trigger);
    return vg.tense() == VerbGroup.Tense.INFINITIVE && vg.modality() == org.dateline.model.Modality.EXPECTED;
  }

  /**
   * The date a clause without one of its own takes from the clause it is tied to, or null:
   * a "when", "while" or "where" clause happens at its main clause's date (not a past perfect's
   * "where he had attended"); an act a speaker announces of itself ("Nicaragua said on Saturday
   * that it was breaking relations", "announced hours earlier that his country was suspending
   * relations") at the announcement's date; an act in a clause "a day after ..." ("two days
   * before ...") at that distance from the main clause's date, or {@code sceneDay}'s.
   *
   * @param sources who acts, for the announcement of one's own act
   * @param perfect whether the trigger is in a perfect tense
   * @param asserted whether the act is told as done (an announced plan keeps its own date)
   * @param sceneDay the day the narrative is on, or null
   */
  String linkedDate(int trigger, Sentence s, boolean[] blocked, List<ActorIndex.Span> sources, boolean perfect,
      boolean asserted, String sceneDay) {
    int opener = clauseOpener(trigger, s);
    if (opener < 0) {
      return null;
    }
    String w = tokens.get(opener).text().toLowerCase(Locale.ROOT);
    if (SIMULTANEOUS.contains(w) && !perfect) {
      int d = nearestBefore(opener, s, blocked);
      return d < 0 ? null : calendarPart(timexes.get(d).value());
    }
    if ((w.equals("after") || w.equals("before")) && opener - 1 >= s.firstToken() && timexAtToken[opener - 1] >= 0) {
      return distanceFrom(opener, s, blocked, w.equals("after") ? -1 : 1, sceneDay); // "a day after ..."
    }
    if (w.equals("that") && asserted) {
      int say = sayingVerb(opener, s);
      if (say < 0 || !announcesOwnAct(say, s, sources) || hasOwnPeriod(opener, s)) {
        return null;
      }
      List<String> dates = clauseDates(say, s, blocked);
      if (!dates.isEmpty()) {
        return dates.get(0);
      }
      int k = say + 1;
      while (k < opener && timexAtToken[k] < 0) {
        k++;
      }
      return k < opener && isShortTimeAway(timexAtToken[k], k) ? sceneDay : null; // "announced hours earlier that"
    }
    return null;
  }

  /**
   * "Umerov, who met Witkoff on Nov. 30, said ...", "a treaty that the two governments agreed in
   * March": the trigger is in a relative clause, background to the story.
   */
  boolean inRelativeClause(int trigger, Sentence s) {
    for (int k = trigger - 1; k >= s.firstToken(); k--) {
      Token t = tokens.get(k);
      if (isRelativePronoun(t)) {
        return k > s.firstToken() && (tokens.get(k - 1).is(",")
            || "ADP".equals(tokens.get(k - 1).pos()) && k - 1 > s.firstToken() && tokens.get(k - 2).is(","));
      }
      if (t.is("that")) {
        // "a treaty that the two governments agreed in March", not "said that ..."
        return k > s.firstToken() && "NOUN".equals(tokens.get(k - 1).pos());
      }
      if (t.is(",") || t.is(";")) {
        return false;
      }
    }
    return false;
  }

  /** "two days of talks", "hours of meetings": a length told among the words before a noun. */
  boolean lengthBefore(int from, int noun) {
    for (int k = Math.max(0, from - 3); k < noun; k++) {
      int x = timexAtToken[k];
      if (x >= 0 && timexes.get(x).type() == TimexType.DURATION) {
        return true;
      }
    }
    return false;
  }

  /** The word opening the trigger's clause: "when", "while", "where", "after", "before" or a "that" of speech; else -1. */
  private int clauseOpener(int trigger, Sentence s) {
    for (int k = trigger - 1; k >= s.firstToken() && k >= trigger - 16; k--) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (SIMULTANEOUS.contains(w) || w.equals("that")) {
        return k;
      }
      if ((w.equals("after") || w.equals("before")) && k + 1 < trigger) {
        return k;
      }
      if (w.equals(";") || isRelativePronoun(t) || w.equals("but") || w.equals("if")
          || w.equals("unless") || w.equals("because")) {
        return -1;
      }
    }
    return -1;
  }

  /** The speech verb a "that" clause reports, a few words before it ("said on Saturday that"), or -1. */
  private int sayingVerb(int that, Sentence s) {
    for (int k = that - 1; k >= s.firstToken() && k >= that - 8; k--) {
      Token t = tokens.get(k);
      if (speechVerb.test(t)) {
        return k;
      }
      if (Arguments.isVerb(t) || t.is(";") || t.is(",") && k < that - 1) {
        return -1;
      }
    }
    return -1;
  }

  /** The reported act is the speaker's own: the same actor, or a body of the speaker's state. */
  private boolean announcesOwnAct(int say, Sentence s, List<ActorIndex.Span> sources) {
    List<ActorIndex.Span> speakers = args.subjectsOf(say, s);
    for (ActorIndex.Span x : sources) {
      for (ActorIndex.Span sp : speakers) {
        if (sameSide(x.actor(), sp.actor())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same actor, or two actors of one country ("Cambodia's defense ministry" for "Cambodian forces"). */
  static boolean sameSide(Actor a, Actor b) {
    return a.id().equals(b.id()) || a.country() != null && a.country().equals(b.country());
  }

  /** "said that 100 people had been detained since the protests began": the act has a period of its own. */
  private boolean hasOwnPeriod(int that, Sentence s) {
    for (int k = that + 1; k < s.endToken(); k++) {
      if (timexAtToken[k] >= 0 || OWN_PERIOD.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "a day after", "two weeks before", "hours after": the main clause's day (or the scene's) moved by that length. */
  private String distanceFrom(int opener, Sentence s, boolean[] blocked, int sign, String sceneDay) {
    int x = timexAtToken[opener - 1];
    Timex length = timexes.get(x);
    if (length.type() != TimexType.DURATION || length.value() == null) {
      return null;
    }
    Matcher m = SHORT_LENGTH.matcher(length.value());
    if (!m.matches()) {
      return null;
    }
    int first = opener - 1;
    while (first - 1 >= s.firstToken() && timexAtToken[first - 1] == x) {
      first--;
    }
    int main = nearestBefore(first, s, blocked);
    return shifted(main >= 0 ? calendarPart(timexes.get(main).value()) : sceneDay, m, sign);
  }

  /** Prepositions the tagger sometimes calls subordinators before a gerund ("charged with/SCONJ smuggling"). */
  private static final Set<String> MISTAGGED_PREPOSITIONS = Set.of("with", "for", "of", "by", "without");

  /** A day moved by a short length ("P2D", "P1W", "PT3H": hours keep the day); null when either is vague. */
  private static String shifted(String anchor, Matcher length, int sign) {
    if (!isDay(anchor)) {
      return null;
    }
    if (length.group(3) != null) {
      return anchor; // hours or minutes away: the same day
    }
    if (length.group(1).equals("X")) {
      return null; // "days after": which day is not told
    }
    int n = Integer.parseInt(length.group(1)) * (length.group(2).equals("W") ? 7 : 1);
    return LocalDate.parse(anchor).plusDays((long) sign * n).toString();
  }

  /**
   * "detained on March 4 and charged a week later": a length just after the trigger, followed by
   * "later" or "earlier", moves the day the clause told before; null when there is no such length.
   */
  private String lengthAway(int trigger, Sentence s, boolean[] blocked) {
    for (int k = trigger + 1; k < s.endToken() && k <= trigger + 8; k++) {
      Token t = tokens.get(k);
      boolean preposition = MISTAGGED_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT)); // "with/SCONJ"
      boolean gerundAfterPreposition = t.text().endsWith("ing")
          && ("ADP".equals(tokens.get(k - 1).pos()) || MISTAGGED_PREPOSITIONS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT)));
      if (isBoundary(t) && !preposition || t.is(",") || Arguments.isVerb(t) && k > trigger + 1 && !gerundAfterPreposition) {
        return null;
      }
      int x = timexAtToken[k];
      if (x < 0) {
        continue;
      }
      Timex length = timexes.get(x);
      int last = lastToken(x, s);
      if (length.type() != TimexType.DURATION || length.value() == null || last + 1 >= s.endToken()) {
        return null;
      }
      Matcher m = SHORT_LENGTH.matcher(length.value());
      boolean later = tokens.get(last + 1).is("later");
      if (!m.matches() || !later && !tokens.get(last + 1).is("earlier")) {
        return null;
      }
      int before = nearestBefore(trigger, s, blocked);
      return before < 0 ? null : shifted(calendarPart(timexes.get(before).value()), m, later ? 1 : -1);
    }
    return null;
  }

  /** "hours earlier", "moments later", "minutes after": a time a few hours from the one just told. */
  private boolean isShortTimeAway(int x, int token) {
    String text = timexes.get(x).text().toLowerCase(Locale.ROOT);
    boolean hours = text.contains("hour") || text.contains("minute") || text.contains("moment");
    int last = token;
    while (last + 1 < tokens.size() && timexAtToken[last + 1] == x) {
      last++;
    }
    boolean away = text.endsWith("earlier") || text.endsWith("later")
        || last + 1 < tokens.size() && (tokens.get(last + 1).is("earlier") || tokens.get(last + 1).is("later"));
    return hours && away;
  }

  private int lastToken(int timex, Sentence s) {
    int last = -1;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (timexAtToken[i] == timex) {
        last = i;
      }
    }
    return last;
  }

  /**
   * The token after a time adjunct that starts at {@code k} ("on Monday", "late on Tuesday", "last
   * week"), or {@code k} when none starts there.
   */
  int afterTimeAdjunct(int k, Sentence s) {
    int j = k;
    while (j < s.endToken() && timexAtToken[j] < 0 && j - k < 2 && ADJUNCT_LEADS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j++;
    }
    if (j >= s.endToken() || timexAtToken[j] < 0) {
      return k;
    }
    int x = timexAtToken[j];
    while (j < s.endToken() && timexAtToken[j] == x) {
      j++;
    }
    return j;
  }

  private static final Set<String> ADJUNCT_LEADS = Set.of("on", "late", "early", "in", "at");

  /** "to leave the country by Sunday, accusing them": a deadline told before dates the act it is set for, not a later one. */
  private boolean deadline(int k, Sentence s) {
    int first = firstTokenOf(k, s);
    return first - 1 >= s.firstToken() && tokens.get(first - 1).is("by");
  }

  /** The first token of the timex at token {@code k}, in its sentence. */
  private int firstTokenOf(int k, Sentence s) {
    int first = k;
    while (first - 1 >= s.firstToken() && timexAtToken[first - 1] == timexAtToken[k]) {
      first--;
    }
    return first;
  }

  private static boolean isHave(Token t) {
    return t.is("has") || t.is("have") || t.is("had");
  }

  /** An event is dated by its day: "2025-03-13TMO" (that morning) or "2025-03-13T10:00" is 2025-03-13. */
  static String calendarPart(String value) {
    return value != null && value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
  }

  private boolean usable(Timex t) {
    return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && t.value() != null
        && CALENDAR.matcher(calendarPart(t.value())).matches();
  }

  private boolean usableAt(int token, Sentence s, boolean[] blocked) {
    int x = timexAtToken[token];
    if (x < 0 || blocked[token] || !usable(timexes.get(x))) {
      return false;
    }
    int first = firstTokenOf(token, s);
    // "from March to May": a range's start; "withdrew from Kyiv on Monday" is not one
    if (first - 1 >= s.firstToken() && tokens.get(first - 1).is("from")) {
      return false;
    }
    // "ended a 2004 trade pact", "the 2011 court verdict": a date between a determiner and its
    // noun names when that thing was made, not when the clause's act happens
    if (modifiesNounAfter(first, lastToken(x, s), s)) {
      return false;
    }
    // "since 2022", "since the outbreak of the war in 2022": where an ongoing count or state began
    for (int k = first - 1; k >= s.firstToken() && k >= first - 12; k--) {
      Token t = tokens.get(k);
      if (START_POINTS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (Arguments.isVerb(t) || t.text().equals(",") || isBoundary(t)) {
        break;
      }
    }
    return true;
  }

  private static final Set<String> NOUN_DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our",
      "this", "that");

  /** A date set between a determiner and the noun it qualifies ("a 2004 pact", "their 2018 accord"). */
  private boolean modifiesNounAfter(int first, int last, Sentence s) {
    if (first - 1 < s.firstToken() || last + 1 >= s.endToken()
        || !NOUN_DETERMINERS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String next = tokens.get(last + 1).pos();
    return "NOUN".equals(next) || "ADJ".equals(next) || "PROPN".equals(next);
  }

  /**
   * "annulled the results of Saturday's election": a date owning a noun ("Saturday's") dates that
   * noun's act, not another trigger of its clause; the trigger itself is the owned noun a few words
   * on ("Tuesday's deadly attack").
   */
  private boolean ownedByANounAfter(int k, int trigger, Sentence s) {
    int last = lastToken(timexAtToken[k], s);
    if (last + 1 >= s.endToken() || !isPossessiveMark(tokens.get(last + 1))) {
      return false;
    }
    return trigger <= last || trigger > last + 4;
  }

  private static boolean isPossessiveMark(Token t) {
    return t.is("'s") || t.is("\u2019s");
  }

  /** Whether a token is inside a name after its first word, or punctuation: a name counts as one word of a clause. */
  private boolean continuesName(int k) {
    ActorIndex.Span m = args.index().at(k);
    return m != null && m.start() < k || !tokens.get(k).isWord();
  }

  /**
   * The first usable date after the trigger in its clause, or -1. With {@code throughConjunct},
   * also in a verb phrase joined to it by "and" (the same subject: "struck X and killed Y on
   * Friday"), unless that date contrasts with the first act's time ("and recalled its envoy the
   * following day").
   */
  private int nearestAfter(int trigger, Sentence s, boolean[] blocked, boolean throughConjunct) {
    boolean noun = "NOUN".equals(tokens.get(trigger).pos());
    boolean conjunct = false;
    boolean afterClause = false;
    boolean intoAfterClause = false;
    int words = 0;
    for (int k = trigger + 1; k < s.endToken() && words <= AFTER_WINDOW; k++) {
      Token t = tokens.get(k);
      if (!continuesName(k)) {
        words++;
      }
      if (usableAt(k, s, blocked) && !ownedByANounAfter(k, trigger, s)) {
        int x = timexAtToken[k];
        if (conjunct && contrasts(x, k)) {
          return -1;
        }
        if (intoAfterClause && !isDay(calendarPart(timexes.get(x).value()))) {
          return -1;
        }
        return x;
      }
      if (isBoundary(t)) {
        return -1;
      }
      if (t.is("after") && !noun) {
        afterClause = true; // "broke off relations after police stormed the embassy late on Friday"
      }
      // a word of an actor's name is no verb, whatever the tagger says ("Bolivia's envoy/VERB")
      boolean verb = Arguments.isVerb(t) && k > trigger + 1 && !t.is("to") && !isPluralAfterTo(k)
          && args.index().at(k) == null && !startsOnDate(k, s);
      if (verb && !afterClause && joinedByAnd(k)) {
        if (!throughConjunct || conjunct) {
          return -1;
        }
        conjunct = true; // "struck X and killed Y on Friday": the second verb's words are counted afresh
        words = 0;
        continue;
      }
      if (verb && !isModifyingParticiple(k, s)) {
        if (noun && isReducedRelative(k)) {
          continue; // "talks, planned for Sunday,": the participle describes the noun
        }
        if (afterClause) {
          if (!intoAfterClause) {
            words = 0;
          }
          intoAfterClause = true;
          continue;
        }
        return -1;
      }
    }
    return -1;
  }

  /** "would suspend flights starting on Wednesday": the day a measure takes effect is its date. */
  private boolean startsOnDate(int k, Sentence s) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    if (!w.equals("starting") && !w.equals("beginning") && !w.equals("effective")) {
      return false;
    }
    int next = k + 1 < s.endToken() && (tokens.get(k + 1).is("on") || tokens.get(k + 1).is("from")) ? k + 2 : k + 1;
    return next < s.endToken() && timexAtToken[next] >= 0;
  }

  /** "and killed", "and also killed": a verb joined to the one before by "and", with no subject of its own. */
  private boolean joinedByAnd(int verb) {
    int k = verb - 1;
    if (k >= 0 && "ADV".equals(tokens.get(k).pos())) {
      k--;
    }
    return k >= 0 && tokens.get(k).is("and") && k - 1 >= 0 && !tokens.get(k - 1).is(",");
  }

  /** "talks, planned for Sunday", "the summit scheduled for May": a past participle and its preposition. */
  private boolean isReducedRelative(int k) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    return w.endsWith("ed") && k + 1 < tokens.size() && "ADP".equals(tokens.get(k + 1).pos())
        && !tokens.get(k + 1).is("by");
  }

  /** Whether the date at token k, or the word before it, contrasts with the time just told. */
  private boolean contrasts(int x, int k) {
    for (String w : timexes.get(x).text().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (CONTRASTING.contains(w)) {
        return true;
      }
    }
    int first = k;
    while (first - 1 >= 0 && timexAtToken[first - 1] == x) {
      first--;
    }
    return first - 1 >= 0 && CONTRASTING.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
  }

  /** "closed its airspace to flights/VERB to and from Mali": no infinitive ends in a plural -s. */
  private boolean isPluralAfterTo(int k) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    return k > 0 && tokens.get(k - 1).is("to") && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  private int nearestBefore(int trigger, Sentence s, boolean[] blocked) {
    int words = 0;
    for (int k = trigger - 1; k >= s.firstToken() && words < BEFORE_WINDOW; k--) {
      Token t = tokens.get(k);
      if (t.is(",")) {
        k = skipRelativeClause(k, s); // "Peru's leader, who took office this year, called ...": not the call's date
        t = tokens.get(k);
      }
      if (!continuesName(k)) {
        words++;
      }
      if (usableAt(k, s, blocked) && !ownedByANounAfter(k, trigger, s) && !deadline(k, s)) {
        return timexAtToken[k];
      }
      if (isBoundary(t) || afterALength(k, s)) {
        return -1; // "on Monday, three days after the IMF approved a loan": not Monday, three days before it
      }
    }
    return -1;
  }

  /** Whether the trigger is in a clause dated by its distance from the main clause ("three days after the IMF approved ..."). */
  boolean inClauseAtADistance(int trigger, Sentence s) {
    int opener = clauseOpener(trigger, s);
    return opener >= 0 && afterALength(opener, s);
  }

  /** Whether "after" or "before" at {@code k} follows a length ("three days after"), opening a clause dated from it. */
  private boolean afterALength(int k, Sentence s) {
    Token t = tokens.get(k);
    if (!t.is("after") && !t.is("before") || k - 1 < s.firstToken() || timexAtToken[k - 1] < 0) {
      return false;
    }
    return timexes.get(timexAtToken[k - 1]).type() == TimexType.DURATION;
  }

  /** From the comma closing ", who/which ...," back to the comma opening it; else {@code comma} itself. */
  private int skipRelativeClause(int comma, Sentence s) {
    for (int k = comma - 1; k > s.firstToken(); k--) {
      if (tokens.get(k).is(",")) {
        boolean relative = isRelativePronoun(tokens.get(k + 1))
            || "ADP".equals(tokens.get(k + 1).pos()) && k + 2 < comma && isRelativePronoun(tokens.get(k + 2));
        return relative ? k : comma;
      }
    }
    return comma;
  }

  /** "the last living hostages": a participle inside a noun phrase does not end the clause. */
  private boolean isModifyingParticiple(int k, Sentence s) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    if (!w.endsWith("ing") && !w.endsWith("ed") || k + 1 >= s.endToken()) {
      return false;
    }
    String next = tokens.get(k + 1).pos();
    return "ADJ".equals(next) || "NOUN".equals(next) || "PROPN".equals(next);
  }

  /** who, whom, whose, which: a relative clause opens ("X, whose dismissal Y demanded in May,"). */
  private static boolean isRelativePronoun(Token t) {
    return t.is("who") || t.is("which") || t.is("whom") || t.is("whose");
  }

  private static boolean isBoundary(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals(";") || isRelativePronoun(t) || w.equals("that") || w.equals("but")
        || SIMULTANEOUS.contains(w) || "SCONJ".equals(t.pos()) && !w.equals("after") && !w.equals("before");
  }
}
