package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page: the paragraphs of the element that holds most of the page's prose,
 * without navigation, menus, sharing widgets, related links, comments and footers. Paragraphs
 * are separated by a blank line, headings inside the story are kept.
 *
 * <p>The container is {@code <article>} or {@code [itemprop=articleBody]} when the page marks
 * it; otherwise the element whose own paragraphs carry the most text, links discounted (a block
 * of links is navigation, however long).
 */
final class MainText {

  /** Elements that are never story text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, svg, canvas, form, button, select, nav, header, footer, aside, "
          + "figure figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
          + "[role=complementary]";

  /** Class or id words that mark boilerplate blocks. */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(^|[-_ ])(nav|navbar|menu|breadcrumbs?|footer|header|masthead|sidebar|side-bar|share|sharing|social|"
          + "related|recommended|promo|advert|advertisement|ads?|sponsor|cookie|consent|newsletter|subscribe|"
          + "signup|comments?|disqus|popup|modal|paywall|byline-social|tags|toolbar|skip)($|[-_ ])");

  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  private MainText() {}

  static String of(Document page) {
    Document doc = page.clone();
    doc.select(NEVER_TEXT).remove();
    for (Element e : new ArrayList<>(doc.select("[class], [id]"))) {
      if (e.parent() != null && e != doc.body() && isBoilerplate(e)) {
        e.remove();
      }
    }
    Element container = marked(doc);
    if (container == null) {
      container = densest(doc);
    }
    if (container == null) {
      return doc.body() == null ? "" : doc.body().text();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : container.select(BLOCKS)) {
      if (!block.select(BLOCKS).stream().filter(b -> b != block).findAny().isEmpty()) {
        continue; // the inner blocks are taken on their own
      }
      String text = block.text().strip();
      if (!text.isEmpty() && linkShare(block) < 0.6) {
        paragraphs.add(text);
      }
    }
    return paragraphs.isEmpty() ? container.text() : String.join("\n\n", paragraphs);
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.tagName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) {
      return false;
    }
    String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return BOILERPLATE.matcher(words).find() && !words.contains("article-body") && !words.contains("story-body");
  }

  private static Element marked(Document doc) {
    Element body = doc.selectFirst("[itemprop=articleBody]");
    if (body != null && body.text().length() > 100) {
      return body;
    }
    Element best = null;
    for (Element article : doc.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    return best != null && best.text().length() > 100 ? best : doc.selectFirst("main");
  }

  /** The element whose direct paragraphs hold the most unlinked text. */
  private static Element densest(Document doc) {
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int chars = (int) (p.text().length() * (1 - linkShare(p)));
      scores.merge(parent, chars, Integer::sum);
    }
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  private static double linkShare(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / all);
  }
}
