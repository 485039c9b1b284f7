package org.dateline.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.ActorKind;
import org.dateline.model.Timex;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;
import org.dateline.text.Sentence;
import org.dateline.text.Token;
import org.dateline.text.TokenSpans;

/**
 * Stage: actors. Finds the mentions of each sentence ({@link MentionFinder}) and resolves them
 * across the article into actors ({@link Coreference}), with roles as of the article's date.
 */
public final class ActorStage implements Stage {

  private final KnowledgeBase kb;
  private final Lexicons lexicons;
  private final MentionFinder finder;
  private final Coreference coreference;

  public ActorStage(KnowledgeBase kb, Lexicons lexicons) {
    this.kb = kb;
    this.lexicons = lexicons;
    this.finder = new MentionFinder(kb, lexicons);
    this.coreference = new Coreference(kb, lexicons);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.TIMEXES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Document process(Document doc) {
    List<Candidate> candidates = candidates(doc);
    String filedFrom = Dateline.country(doc.tokens(), candidates, doc.text());
    return doc.withActors(coreference.resolve(doc.tokens(), candidates, doc.article().published(), doc.text(), filedFrom), filedFrom);
  }

  private List<Candidate> candidates(Document doc) {
    List<Token> tokens = doc.tokens();
    boolean[] inTimex = TokenSpans.covered(tokens, doc.timexes());
    boolean sports = isSportsReport(tokens);
    Set<String> namesInside = capitalizedInside(tokens, doc.sentences());
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      candidates.addAll(finder.find(tokens, s, inTimex, sports, namesInside));
    }
    return candidates;
  }

  /** Words written with a capital inside a mixed-case sentence, not after a quote or colon. */
  private static Set<String> capitalizedInside(List<Token> tokens, List<Sentence> sentences) {
    Set<String> out = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      int lower = 0;
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String t = tokens.get(i).text();
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
          lower++;
        }
      }
      if (lower < 2) {
        continue; // a headline or a table row in capitals
      }
      for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
        Token t = tokens.get(i);
        String prev = tokens.get(i - 1).text();
        boolean opens = prev.equals("\"") || prev.equals("“") || prev.equals(":") || prev.equals("(")
            || prev.equals("``") || prev.equals("-") || prev.equals("—");
        if (t.isWord() && t.isCapitalized() && !opens && !Names.isAllCaps(t.text())) {
          out.add(Names.key(t.text()));
        }
      }
    }
    return out;
  }

  /** Whether at least three words of the article belong to sports reporting (sports-words.tsv). */
  private boolean isSportsReport(List<Token> tokens) {
    int hits = 0;
    for (Token t : tokens) {
      if (t.isWord() && lexicons.sportsWords().contains(t.text()) && ++hits >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a mention names its actor, for named-entity views of the actor layer (CoNLL scoring):
   * a proper name, an adjective or demonym ("French"), or a description or pronoun.
   */
  public enum Naming { NAME, ADJECTIVE, DESCRIPTION }

  /** A mention as a token range with the kind of the actor it resolved to and how it names it. */
  public record EntityMention(int startToken, int endToken, ActorKind kind, Naming naming, boolean region) {}

  /**
   * The mentions of a document that has gone through the stages before this one, each with the
   * kind of actor it was resolved to (unresolved names keep the kind their shape suggests).
   */
  public List<EntityMention> entityMentions(Document doc) {
    List<Candidate> candidates = candidates(doc);
    java.util.Map<Candidate, ActorKind> kinds = coreference.kinds(doc.tokens(), candidates, doc.article().published());
    List<EntityMention> out = new ArrayList<>();
    Candidate[] owner = new Candidate[doc.tokens().size()];
    for (Candidate c : candidates) {
      for (int k = c.start(); k < c.end(); k++) {
        owner[k] = owner[k] == null ? c : owner[k];
      }
    }
    for (Candidate c : candidates) {
      ActorKind kind = kinds.getOrDefault(c, c.kind());
      Naming naming = switch (c.type()) {
        case DESCRIPTION, ORG_DESCRIPTION, PRONOUN, OFFICE_OF, OWNED_BODY, NON_STATE_GROUP -> Naming.DESCRIPTION;
        case GROUP -> Naming.ADJECTIVE;
        case ENTITY -> c.form() == KnowledgeBase.Form.ADJECTIVE ? Naming.ADJECTIVE : Naming.NAME;
        default -> Naming.NAME;
      };
      List<Token> tokens = doc.tokens();
      boolean named = (c.type() == Candidate.Type.PERSON || c.type() == Candidate.Type.ORGANIZATION) && c.name() != null;
      int start = named ? nameStart(tokens, c) : c.start();
      if (c.type() == Candidate.Type.ORGANIZATION && start > c.start() && !isPossessive(tokens.get(start - 1))) {
        start = c.start(); // "U.S. Agriculture Department" is one name; "Ukraine's Air Force" is not
      }
      int end = c.end();
      if (naming == Naming.NAME) {
        if (end - start > 1 && tokens.get(start).text().equalsIgnoreCase("the")) {
          start++; // names are counted without their article: "the United States"
        }
        if (kind != ActorKind.PERSON) {
          end = capitalizedEnd(tokens, start, end);
        }
        if (end == start || c.type() == Candidate.Type.ENTITY && end < c.end() && isAdjective(tokens, start, end)) {
          naming = Naming.ADJECTIVE; // a description such as "Iraqi military": the adjective is the name part
          end = end == start ? c.end() : end;
        }
      }
      if (naming == Naming.NAME && c.type() == Candidate.Type.ENTITY && kind != ActorKind.PERSON
          && modifiesName(doc.text(), tokens, owner, end) && (kind != ActorKind.COUNTRY || namesEvent(tokens, end))) {
        naming = Naming.ADJECTIVE; // "the Hong Kong Open", "U.S. Treasuries", "UEFA Cup": inside another name
      }
      boolean region = c.entity() != null && c.entity().id().startsWith("region:");
      out.add(new EntityMention(start, end, kind, naming, region));
    }
    return out;
  }

  /** Whether a capitalized word that no known name claims follows a place directly, in mixed-case text. */
  private static boolean modifiesName(String text, List<Token> tokens, Candidate[] owner, int next) {
    if (next >= tokens.size() || tokens.get(next).start() != tokens.get(next - 1).end() + 1
        || text.charAt(tokens.get(next - 1).end()) != ' ') {
      return false;
    }
    Token t = tokens.get(next);
    Candidate c = owner[next];
    boolean unclaimed = c == null || c.type() == Candidate.Type.SINGLE_NAME || c.type() == Candidate.Type.UNKNOWN_NAME;
    return unclaimed && t.isWord() && t.isCapitalized() && !Names.isAllCaps(t.text())
        && Character.isLetter(t.text().charAt(0));
  }

  /** "U.S. Open", "Asian Cup": the capitalized words from here end with a word naming an event. */
  private boolean namesEvent(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).isCapitalized() && k - from < 4) {
      k++;
    }
    return k > from && "OTHER".equals(lexicons.lastWords().get(tokens.get(k - 1).text(), 1));
  }

  private static boolean isPossessive(Token t) {
    return t.text().equals("'s") || t.text().equals("’s");
  }

  private static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "and", "for", "de", "&", "on", "-");

  /** Where the capitalized part of a span ends: "Interfax news agency" names "Interfax". */
  private static int capitalizedEnd(List<Token> tokens, int start, int end) {
    int last = start;
    for (int k = start; k < end; k++) {
      String t = tokens.get(k).text();
      if (!t.isEmpty() && !Character.isLetter(t.charAt(0)) || Names.startsUpper(t)) {
        last = k + 1;
      } else if (!NAME_CONNECTORS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
        break;
      }
    }
    return last;
  }

  private boolean isAdjective(List<Token> tokens, int start, int end) {
    List<String> words = tokens.subList(start, end).stream().map(Token::text).toList();
    return kb.names().get(words).stream().anyMatch(e -> e.value().form() == KnowledgeBase.Form.ADJECTIVE);
  }

  /** Where the name itself begins in "U.K. Prime Minister Keir Starmer". */
  private static int nameStart(List<Token> tokens, Candidate c) {
    int startChar = tokens.get(c.head()).end() - c.name().length();
    int k = c.head();
    while (k > c.start() && tokens.get(k - 1).start() >= startChar) {
      k--;
    }
    return k;
  }
}
