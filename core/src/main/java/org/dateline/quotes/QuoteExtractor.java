package org.dateline.quotes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.actors.Lexicons;
import org.dateline.actors.SubjectFinder;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Quote;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;
import org.dateline.text.PreviousSentence;
import org.dateline.text.Sentence;
import org.dateline.text.Token;
import org.dateline.util.DataFile;
import org.dateline.util.WordTable;

/**
 * Stage: direct quotations and their speakers. Quoted spans come from {@link QuoteMarks}; a span
 * is a quote when someone is reported saying it — after it ({@code "...," Zelensky said},
 * {@code said Ahmed Hassan}), before it in the sentence ({@code Macron told reporters that
 * "..."}), or in the sentence before when the quote stands alone — and not when it is a name or
 * a scare-quoted term ({@code the so-called "Coalition of the Willing"}).
 */
public final class QuoteExtractor implements Stage {

  private static final Set<String> NAMING_WORDS = Set.of("so-called", "dubbed", "named", "titled",
      "nicknamed", "term", "word", "phrase", "slogan", "motto", "hashtag", "label");
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "for", "in", "on", "to", "at");

  /** Channels that are occasions: quotes that follow closely were given at the same one. */
  private static final Set<String> SCENES = Set.of("press conference", "interview", "speech", "address");

  private final Lexicons lexicons;
  private final WordTable speechVerbs;
  private final List<String[]> channels;

  public QuoteExtractor(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.speechVerbs = lexicons.speechVerbs();
    this.channels = DataFile.rows(QuoteExtractor.class, "channels.tsv");
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Document process(Document doc) {
    List<Token> tokens = doc.tokens();
    ActorIndex index = ActorIndex.of(tokens, doc.actors());
    SubjectFinder subjects = new SubjectFinder(tokens, index, lexicons::takesClause, lexicons::isGroupNoun);
    List<Quote> quotes = new ArrayList<>();
    Attribution previous = null;
    for (QuoteMarks.Span span : QuoteMarks.find(doc)) {
      if (isNameOrTerm(doc, span)) {
        continue;
      }
      Attribution a = attribute(doc, span, subjects, previous);
      int words = span.wordCount(tokens);
      if (a == null && words < 8) {
        continue;
      }
      String text = doc.text().substring(span.startChar(), span.endChar());
      String speaker = a == null ? null : a.speaker.id();
      String channel = a == null ? null : a.channel;
      if (a != null && channel == null && previous != null && previous.channel != null
          && SCENES.contains(previous.channel) && previous.sentence != null && a.sentence != null
          && a.sentence.index() - previous.sentence.index() <= 2) {
        channel = previous.channel; // still at the same press conference or interview
        a = new Attribution(a.speaker, channel, a.sentence);
      }
      quotes.add(new Quote(span.startChar(), span.endChar(), text, speaker, channel));
      previous = a == null ? null : a.withSentence(doc.sentenceAt(span.startChar()));
    }
    return doc.withQuotes(quotes);
  }

  /** Who said a quote, through which channel, and in which sentence the attribution was found. */
  private record Attribution(Actor speaker, String channel, Sentence sentence) {
    Attribution withSentence(Sentence s) {
      return new Attribution(speaker, channel, sentence == null ? s : sentence);
    }
  }

  private Attribution attribute(Document doc, QuoteMarks.Span q, SubjectFinder subjects, Attribution previous) {
    List<Token> tokens = doc.tokens();
    Sentence last = sentenceOfToken(doc, Math.min(q.closeToken(), tokens.size() - 1));
    Sentence first = sentenceOfToken(doc, q.openToken());
    // 1. right after the quote: "...," Zelensky said / "...," said Ahmed Hassan / "...," he added
    int i = q.closeToken() + 1;
    boolean comma = i < last.endToken() && tokens.get(i).text().equals(",")
        || q.closeToken() > 0 && CLOSING_PUNCTUATION.contains(tokens.get(q.closeToken() - 1).text());
    if (i < last.endToken() && tokens.get(i).text().equals(",")) {
      i++;
    }
    // (a subject with an apposition is long: "...," the bloc's foreign policy chief, Ana Ruiz, wrote);
    // a quoted phrase running on in its sentence ("was "a step" toward ..., and U.S. officials said")
    // is attributed there only by a verb right after it ("..." said X, "..." X said)
    int window = comma ? AFTER_QUOTE_WINDOW : 3;
    for (int k = i; k < Math.min(last.endToken(), i + window); k++) {
      Token t = tokens.get(k);
      if (isQuoteMark(t) || k == i && "CCONJ".equals(t.pos())) {
        break; // (", and a delegation ... called on": a clause of its own, not the quote's attribution)
      }
      if (isSpeechVerb(t)) {
        ActorIndex.Span quotedAs = quotedAsSaying(tokens, subjects.index(), k, last);
        if (quotedAs != null) {
          return new Attribution(quotedAs.actor(), channel(doc, last, q, quotedAs.actor()), last); // "X's spokesman quoted him as saying"
        }
        ActorIndex.Span who = k == i ? subjects.invertedSubject(k, last) : subjectBetween(subjects, i, k, last);
        if (who == null && k == i + 1 && IMPERSONAL_PRONOUNS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
          Actor antecedent = previousSubject(doc, subjects, last);
          if (antecedent != null) {
            return new Attribution(antecedent, channel(doc, last, q, antecedent), last);
          }
        }
        if (who == null && namesNoOne(doc, i, k)) {
          // "..., a spokeswoman for X said. "...," she said" / "the embassy said": the speaker just told
          Actor antecedent = previousSpeaker(doc, subjects, last);
          if (antecedent != null) {
            return new Attribution(antecedent, channel(doc, last, q, antecedent), last);
          }
        }
        if (who != null) {
          return new Attribution(who.actor(), channel(doc, last, q, who.actor()), last);
        }
        break;
      }
    }
    // 2. a speech verb before the quote in its sentence: X said (that) "..." / X praised ... as "..."
    for (int k = q.openToken() - 1; k >= first.firstToken(); k--) {
      Token t = tokens.get(k);
      if (isSpeechVerb(t) && !t.is("according") && !isInsideQuote(doc, k)) {
        int before = k - 1;
        while (before > first.firstToken() && "ADV".equals(tokens.get(before).pos())) {
          before--;
        }
        if (before > first.firstToken() && tokens.get(before).is("and") && speechVerbBefore(doc, first, before)) {
          continue; // "he said that X ..., and warned that "...": the subject is the first verb's
        }
        if (before >= first.firstToken() && PERSONAL_PRONOUNS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))) {
          // "In his letter to President X, he said ...": "he" is the one spoken of before, not a name in the sentence;
          // but "X said ..., which he called ...": the person who spoke earlier in the sentence
          ActorIndex.Span earlier = earlierSpeakerInSentence(doc, subjects, first, before);
          if (earlier != null) {
            return new Attribution(earlier.actor(), channel(doc, first, q, earlier.actor()), first);
          }
          Actor antecedent = previousSpeaker(doc, subjects, first);
          if (antecedent != null && antecedent.kind() == ActorKind.PERSON) {
            return new Attribution(antecedent, channel(doc, first, q, antecedent), first);
          }
        }
        ActorIndex.Span who;
        if (participleAfterComma(tokens, k, first)) {
          who = mainSubjectBefore(tokens, subjects, k - 1, first);
        } else {
          who = absoluteSubject(tokens, subjects.index(), k, first);
          who = who != null ? who : subjects.subjectOf(k, first);
        }
        if (who == null) {
          who = subjects.invertedSubject(k, first);
        }
        if (who != null) {
          return new Attribution(who.actor(), channel(doc, first, q, who.actor()), first);
        }
      }
      if (t.is("according") && k + 2 < tokens.size() && tokens.get(k + 1).is("to")) {
        ActorIndex.Span who = subjects.invertedSubject(k + 1, first);
        if (who != null) {
          return new Attribution(who.actor(), channel(doc, first, q, who.actor()), first);
        }
      }
    }
    // 3. a quote that opens its sentence with no attribution: the previous speaker goes on
    if (previous != null && q.openToken() <= first.firstToken() + 1 && previous.sentence != null
        && first.index() - previous.sentence.index() <= 2) {
      return new Attribution(previous.speaker, previous.channel, first);
    }
    return null;
  }

  /** The person subject of a speech verb before {@code before} in the sentence ("Trump said ..., which he called"), or null. */
  private ActorIndex.Span earlierSpeakerInSentence(Document doc, SubjectFinder subjects, Sentence s, int before) {
    for (int k = s.firstToken(); k < before; k++) {
      if (isSpeechVerb(doc.tokens().get(k)) && !isInsideQuote(doc, k)) {
        ActorIndex.Span who = subjects.subjectOf(k, s);
        if (who != null && who.actor().kind() == ActorKind.PERSON) {
          return who;
        }
      }
    }
    return null;
  }

  /** "..., his spokesman quoted him as saying": the one quoted, the object before "as saying"; null otherwise. */
  private static ActorIndex.Span quotedAsSaying(List<Token> tokens, ActorIndex index, int verb, Sentence s) {
    if (!tokens.get(verb).text().toLowerCase(Locale.ROOT).startsWith("quot")) {
      return null;
    }
    ActorIndex.Span object = verb + 1 < s.endToken() ? index.at(verb + 1) : null;
    if (object == null) {
      return null; // "quoted sources as saying", "quoted as saying": no one named right after the verb
    }
    int as = object.end();
    return as + 1 < s.endToken() && tokens.get(as).is("as") && tokens.get(as + 1).is("saying")
        && object.actor().kind() == ActorKind.PERSON ? object : null;
  }

  /** "..., accusing their governments of "...": a participle set off by a comma, whose subject is the main clause's. */
  private static boolean participleAfterComma(List<Token> tokens, int k, Sentence s) {
    return k - 1 > s.firstToken() && tokens.get(k - 1).is(",") && tokens.get(k).text().endsWith("ing");
  }

  /** "..., with Prime Minister X saying the deal had "collapsed"": the name between "with" and the gerund, or null. */
  private static ActorIndex.Span absoluteSubject(List<Token> tokens, ActorIndex index, int gerund, Sentence s) {
    if (!tokens.get(gerund).text().endsWith("ing") || gerund - 1 <= s.firstToken()) {
      return null;
    }
    ActorIndex.Span name = index.at(gerund - 1);
    return name != null && name.start() - 1 >= s.firstToken() && tokens.get(name.start() - 1).is("with")
        && ActorIndex.isParticipant(name.actor()) ? name : null;
  }

  /** The subject of the nearest verb before {@code comma} that has one, or null. */
  private static ActorIndex.Span mainSubjectBefore(List<Token> tokens, SubjectFinder subjects, int comma, Sentence s) {
    for (int j = comma - 1; j >= s.firstToken(); j--) {
      String pos = tokens.get(j).pos();
      // only a "who"/"which" right before: this walk tries each verb and auxiliary itself (not RelativePronouns')
      boolean relative = j - 1 >= s.firstToken() && (tokens.get(j - 1).is("who") || tokens.get(j - 1).is("which"));
      if (("VERB".equals(pos) || "AUX".equals(pos)) && !relative) { // not "X, who voiced concern, accusing"
        ActorIndex.Span who = subjects.subjectOf(j, s);
        if (who != null) {
          return who;
        }
      }
    }
    return null;
  }

  private boolean speechVerbBefore(Document doc, Sentence s, int end) {
    for (int k = s.firstToken(); k < end; k++) {
      if (isSpeechVerb(doc.tokens().get(k))) {
        return true;
      }
    }
    return false;
  }

  /** A speech verb, not a word of a name that looks like one ("the United States", "Says Law"). */
  private boolean isSpeechVerb(Token t) {
    return speechVerbs.contains(t.text()) && !"PROPN".equals(t.pos());
  }

  private static final int AFTER_QUOTE_WINDOW = 14;
  /** Punctuation that closes a quoted sentence before its attribution ("...," X said). */
  private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", "?", "!");
  private static final Set<String> IMPERSONAL_PRONOUNS = Set.of("it", "they");

  /**
   * "Ecuador's presidency defended the raid. "...," it said": an institution's "it" (or a group's
   * "they") is the subject of the sentence before, in the same paragraph, when that is no person.
   */
  private static Actor previousSubject(Document doc, SubjectFinder subjects, Sentence s) {
    PreviousSentence prev = PreviousSentence.of(doc.sentences(), doc.tokens(), s);
    if (prev == null) {
      return null;
    }
    ActorIndex.Span who = subjects.subjectOf(prev.firstVerb(), prev.sentence());
    return who == null || who.actor().kind() == ActorKind.PERSON ? null : who.actor();
  }

  /** "he", "she" or a short noun phrase naming no actor ("the embassy", "a government spokesman", "the statement"). */
  private static boolean namesNoOne(Document doc, int from, int verb) {
    List<Token> tokens = doc.tokens();
    if (verb == from + 1 && PERSONAL_PRONOUNS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String article = tokens.get(from).text().toLowerCase(Locale.ROOT);
    if (verb - from < 2 || verb - from > 3 || !article.equals("the") && !article.equals("a") && !article.equals("an")) {
      return false;
    }
    for (int k = from + 1; k < verb; k++) {
      String pos = tokens.get(k).pos();
      boolean common = ("NOUN".equals(pos) || "ADJ".equals(pos)) // "the embassy/ADJ said": whatever the tagger says
          && tokens.get(k).text().equals(tokens.get(k).text().toLowerCase(Locale.ROOT));
      if (!common) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

  private static boolean commaBetween(Document doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.tokens().get(k).is(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker of the sentence before, in the same paragraph: the subject of its reporting verb
   * ("..., a spokeswoman for Pakistan's foreign office said."), else of its first verb; null when none.
   */
  private Actor previousSpeaker(Document doc, SubjectFinder subjects, Sentence s) {
    PreviousSentence prev = PreviousSentence.of(doc.sentences(), doc.tokens(), s);
    if (prev == null) {
      return null;
    }
    Sentence p = prev.sentence();
    // the attribution closes the sentence more often than it opens it: the last reporting verb first
    for (int k = p.endToken() - 1; k >= p.firstToken(); k--) {
      if (isSpeechVerb(doc.tokens().get(k)) && !isInsideQuote(doc, k)) {
        ActorIndex.Span who = subjects.subjectOf(k, p);
        if (who == null) {
          who = subjects.invertedSubject(k, p);
        }
        // "... if Russian activity increased, the country's defence chief said": past a comma is another clause
        return who == null || commaBetween(doc, who.end(), k) ? null : who.actor();
      }
    }
    ActorIndex.Span who = subjects.subjectOf(prev.firstVerb(), p);
    return who == null || commaBetween(doc, who.end(), prev.firstVerb()) ? null : who.actor();
  }

  private static ActorIndex.Span subjectBetween(SubjectFinder subjects, int from, int verb, Sentence s) {
    ActorIndex.Span who = subjects.subjectOf(verb, s);
    return who != null && who.start() >= from ? who : null;
  }

  private static boolean isInsideQuote(Document doc, int token) {
    return false;
  }

  static boolean isQuoteMark(Token t) {
    return QuoteMarks.isMark(t.text());
  }

  private static Sentence sentenceOfToken(Document doc, int token) {
    return doc.sentenceAt(doc.tokens().get(token).start());
  }

  /**
   * A quoted span that names something rather than reporting speech: after "so-called" or
   * "dubbed", or a short title-cased phrase ("Coalition of the Willing").
   */
  private static boolean isNameOrTerm(Document doc, QuoteMarks.Span q) {
    List<Token> tokens = doc.tokens();
    int before = q.openToken() - 1;
    if (before >= 0 && NAMING_WORDS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int words = 0;
    int capitalized = 0;
    boolean verb = false;
    for (int i = q.openToken() + 1; i < q.closeToken(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      words++;
      if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
        verb = true;
      }
      if (Character.isUpperCase(t.text().charAt(0)) || SMALL_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
        capitalized++;
      }
    }
    return words > 0 && words <= 6 && capitalized == words && !verb
        && Character.isUpperCase(tokens.get(q.openToken() + 1).text().charAt(0)) && words > 1;
  }

  /** The channel named in the attribution's sentence, else a statement for an institution's words. */
  private String channel(Document doc, Sentence s, QuoteMarks.Span q, Actor speaker) {
    String sentence = doc.text().substring(s.start(), s.end());
    int qs = q.startChar() - s.start();
    int qe = q.endChar() - s.start();
    String outside = (qs > 0 ? sentence.substring(0, Math.max(0, qs)) : "") + " "
        + (qe < sentence.length() ? sentence.substring(Math.max(0, Math.min(qe, sentence.length()))) : "");
    for (String[] row : channels) {
      if (containsPhrase(outside, row[0])) {
        return DataFile.col(row, 1);
      }
    }
    if (speaker.kind() == ActorKind.ORGANIZATION || speaker.kind() == ActorKind.COUNTRY) {
      return "statement";
    }
    return null;
  }

  private static boolean containsPhrase(String text, String phrase) {
    String[] words = phrase.split(" ");
    boolean exactCase = false;
    for (String w : words) {
      if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
        exactCase = true;
      }
    }
    String hay = exactCase ? text : text.toLowerCase(Locale.ROOT);
    String needle = exactCase ? phrase : phrase.toLowerCase(Locale.ROOT);
    int at = hay.indexOf(needle);
    while (at >= 0) {
      int end = at + needle.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1));
      boolean endOk = end >= hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = hay.indexOf(needle, at + 1);
    }
    return false;
  }
}
