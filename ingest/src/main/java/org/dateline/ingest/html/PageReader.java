package org.dateline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.Dates;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.dateline.json.Json;
import org.dateline.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page as an article: the main text without navigation and boilerplate ({@link
 * MainText}), the title, publication date and source from the page's meta tags, JSON-LD
 * ({@code headline}, {@code datePublished}, {@code publisher}) and {@code <time>} elements,
 * and the canonical URL. What the page does not say stays null.
 */
public final class PageReader {

  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime"
  };
  private static final String[] TITLE_META = {"og:title", "twitter:title", "dc.title"};

  private final TextDecoder decoder;

  public PageReader(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * Reads a parsed page. {@code fallbackUrl} is where the page came from (a crawl's target
   * URI, or null for a local file), {@code fallbackDate} a date to use when the page gives none.
   */
  public Article read(String where, Document page, String id, String fallbackUrl, LocalDate fallbackDate)
      throws InputException {
    List<JsonNode> linkedData = linkedData(page);
    String text = decoder.check(where, MainText.of(page));
    if (text.length() < 20) {
      throw new InputException(where, "no article text found in the page");
    }
    String url = firstNonBlank(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url"), fallbackUrl);
    String title = firstNonBlank(meta(page, TITLE_META), ldText(linkedData, "headline"),
        page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(), page.title());
    String source = firstNonBlank(meta(page, "og:site_name"), ldPublisher(linkedData), host(url));
    LocalDate published = publishedDate(page, linkedData).orElse(fallbackDate);
    return new Article(id, title, text, published, source, url);
  }

  static Optional<LocalDate> publishedDate(Document page, List<JsonNode> linkedData) {
    for (String name : DATE_META) {
      Optional<LocalDate> d = Dates.parse(meta(page, name));
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<LocalDate> d = Dates.parse(ldText(linkedData, "datePublished"));
    if (d.isPresent()) {
      return d;
    }
    d = Dates.parse(attr(page, "[itemprop=datePublished]", "content"));
    if (d.isPresent()) {
      return d;
    }
    d = Dates.parse(attr(page, "[itemprop=datePublished]", "datetime"));
    if (d.isPresent()) {
      return d;
    }
    Element scope = Optional.ofNullable(page.selectFirst("article")).orElse(page.body());
    if (scope != null) {
      for (Element time : scope.select("time[datetime]")) {
        d = Dates.parse(time.attr("datetime"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** Every JSON-LD object of the page, flattening arrays and {@code @graph}. Bad JSON is skipped. */
  static List<JsonNode> linkedData(Document page) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        flatten(Json.mapper().readTree(script.data()), out);
      } catch (java.io.IOException e) {
        // pages often carry broken JSON-LD; the meta tags may still say enough
      }
    }
    return out;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> objects, String field) {
    for (JsonNode o : objects) {
      JsonNode v = o.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> objects) {
    for (JsonNode o : objects) {
      JsonNode p = o.get("publisher");
      if (p != null && p.isArray() && p.size() > 0) {
        p = p.get(0);
      }
      if (p != null && p.isObject() && p.hasNonNull("name")) {
        return p.get("name").asText();
      }
    }
    return null;
  }

  private static String meta(Document page, String... names) {
    for (String name : names) {
      for (Element m : page.select("meta[property], meta[name], meta[itemprop]")) {
        String key = !m.attr("property").isEmpty() ? m.attr("property")
            : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
        if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
          return m.attr("content").strip();
        }
      }
    }
    return null;
  }

  private static String attr(Document page, String css, String attribute) {
    Element e = page.selectFirst(css);
    return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
