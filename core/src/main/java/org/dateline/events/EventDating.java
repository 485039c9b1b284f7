package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Dates events. An event takes the date its own clause gives ("met Witkoff on Nov. 30"); "and
 * then again the following day" repeats it on a second date; otherwise an event told in the
 * simple past continues the scene of the last dated event ("After landing in Paris, he met ...").
 * Present-perfect and undated statements ("has been a key backer since 2022") stay undated.
 */
final class EventDating {

  /** A calendar value usable as an event date: a day, month, year, week or season. */
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}|SP|SU|FA|WI|Q\\d|H\\d))?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> START_POINTS = Set.of("since", "until", "till");

  private final List<Token> tokens;
  private final List<Timex> timexes;
  private final int[] timexAtToken;

  EventDating(List<Token> tokens, List<Timex> timexes) {
    this.tokens = tokens;
    this.timexes = timexes;
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
   * the event ("on Nov. 30 and then again the following day"); empty when it gives none.
   */
  List<String> clauseDates(int trigger, Sentence s, boolean[] blocked) {
    List<String> out = new ArrayList<>();
    int after = nearestAfter(trigger, s, blocked);
    if (after >= 0) {
      out.add(calendarPart(timexes.get(after).value()));
      // repetitions: "<date> and (then) (again) <date>"
      int end = lastToken(after, s);
      while (true) {
        int k = end + 1;
        boolean and = false;
        while (k < s.endToken() && k <= end + 4) {
          String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
          if (w.equals("and") || w.equals(",")) {
            and = true;
            k++;
          } else if (w.equals("then") || w.equals("again") || w.equals("later") || w.equals("once")) {
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
    int before = nearestBefore(trigger, s, blocked);
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

  private int lastToken(int timex, Sentence s) {
    int last = -1;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (timexAtToken[i] == timex) {
        last = i;
      }
    }
    return last;
  }

  /** An event is dated by its day: "2025-03-13TMO" (that morning) or "2025-03-13T10:00" is 2025-03-13. */
  static String calendarPart(String value) {
    return value != null && value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
  }

  private boolean usable(Timex t) {
    return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && t.value() != null
        && CALENDAR.matcher(t.value().length() > 10 ? t.value().substring(0, 10) : t.value()).matches();
  }

  private boolean usableAt(int token, Sentence s, boolean[] blocked) {
    int x = timexAtToken[token];
    if (x < 0 || blocked[token] || !usable(timexes.get(x))) {
      return false;
    }
    int first = token;
    while (first - 1 >= s.firstToken() && timexAtToken[first - 1] == x) {
      first--;
    }
    // "from March to May": a range's start; "withdrew from Kyiv on Monday" is not one
    if (first - 1 >= s.firstToken() && tokens.get(first - 1).is("from")) {
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

  private int nearestAfter(int trigger, Sentence s, boolean[] blocked) {
    for (int k = trigger + 1; k < s.endToken() && k <= trigger + 14; k++) {
      Token t = tokens.get(k);
      if (usableAt(k, s, blocked)) {
        return timexAtToken[k];
      }
      if (isBoundary(t) || Arguments.isVerb(t) && k > trigger + 1 && !t.is("to") && !isModifyingParticiple(k, s)
          && !isPluralAfterTo(k) && !startsOnDate(k, s)) {
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

  /** "closed its airspace to flights/VERB to and from Mali": no infinitive ends in a plural -s. */
  private boolean isPluralAfterTo(int k) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    return k > 0 && tokens.get(k - 1).is("to") && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  private int nearestBefore(int trigger, Sentence s, boolean[] blocked) {
    for (int k = trigger - 1; k >= s.firstToken() && k >= trigger - 12; k--) {
      Token t = tokens.get(k);
      if (t.is(",")) {
        k = skipRelativeClause(k, s); // "Peru's leader, who took office this year, called ...": not the call's date
        t = tokens.get(k);
      }
      if (usableAt(k, s, blocked)) {
        return timexAtToken[k];
      }
      if (isBoundary(t)) {
        return -1;
      }
    }
    return -1;
  }

  /** From the comma closing ", who/which ...," back to the comma opening it; else {@code comma} itself. */
  private int skipRelativeClause(int comma, Sentence s) {
    for (int k = comma - 1; k > s.firstToken(); k--) {
      if (tokens.get(k).is(",")) {
        boolean relative = tokens.get(k + 1).is("who") || tokens.get(k + 1).is("which");
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

  private static boolean isBoundary(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals(";") || w.equals("who") || w.equals("which") || w.equals("that") || w.equals("but")
        || "SCONJ".equals(t.pos()) && !w.equals("after") && !w.equals("before");
  }
}
