package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.input.ArticleInput.Item;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Each input format, read from small files written here. */
class IngestTest {

  static final String STORY = "The two governments agreed on Tuesday to reopen the border crossing for aid trucks, "
      + "officials said after a day of talks in the capital.";

  @TempDir Path dir;

  final Ingest ingest = new Ingest();

  @Test
  void plainTextWithHeaderLines() throws IOException {
    Path f = write("story.txt", "Title: Border reopens\nPublished: 2025-12-02\nURL: https://news.example/border\n\n"
        + STORY + "\n");
    Article a = only(f);
    assertThat(a.title()).isEqualTo("Border reopens");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(a.url()).isEqualTo("https://news.example/border");
    assertThat(a.text()).isEqualTo(STORY + "\n");
  }

  @Test
  void plainTextWithoutHeadersIsAllText() throws IOException {
    Path f = write("wire-2025-12-02.txt", STORY);
    Article a = only(f);
    assertThat(a.text()).isEqualTo(STORY);
    assertThat(a.id()).isEqualTo("wire-2025-12-02");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 2));
  }

  @Test
  void anInvalidPublishedHeaderIsOneErrorNamingTheFile() throws IOException {
    Path f = write("bad.txt", "Title: X\nPublished: next Tuesday-ish\n\n" + STORY);
    assertThat(error(f)).startsWith(f.toString()).contains("invalid Published date 'next Tuesday-ish'");
  }

  @Test
  void htmlPageMainTextAndMetadata() throws IOException {
    Path f = write("page.html", """
        <!doctype html><html><head><title>Border reopens | Example News</title>
        <meta property="og:title" content="Border reopens for aid">
        <meta property="og:site_name" content="Example News">
        <link rel="canonical" href="https://news.example/2025/12/border">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"NewsArticle","headline":"Border reopens","datePublished":"2025-12-02T08:15:00-05:00"}]}</script>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <div class="share-bar"><a href="#">Share on social media</a></div>
        <main><article>
          <h1>Border reopens for aid</h1>
          <p>%s</p>
          <p>Aid groups said the first convoys could cross within days.</p>
          <aside class="related"><p>Related: Ten other stories you may like</p></aside>
        </article></main>
        <footer><p>Copyright Example News. All rights reserved.</p></footer>
        <script>var tracking = 1;</script>
        </body></html>""".formatted(STORY));
    Article a = only(f);
    assertThat(a.title()).isEqualTo("Border reopens for aid");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.url()).isEqualTo("https://news.example/2025/12/border");
    assertThat(a.text()).contains(STORY).contains("first convoys")
        .doesNotContain("Home").doesNotContain("Share").doesNotContain("Related").doesNotContain("Copyright")
        .doesNotContain("tracking");
  }

  @Test
  void htmlDateFromTimeElementWhenNoMetaSaysIt() throws IOException {
    Path f = write("t.htm", "<html><body><div id='content'><time datetime='2025-11-30'>Sunday</time>"
        + "<p>" + STORY + "</p><p>" + STORY + "</p></div><div class='sidebar'><p>Most read today</p></div></body></html>");
    Article a = only(f);
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(a.text()).doesNotContain("Most read");
  }

  @Test
  void htmlPageWithoutTextIsAnError() throws IOException {
    Path f = write("empty.html", "<html><head><title>Gallery</title></head><body><nav>Home</nav><img src=x></body></html>");
    assertThat(error(f)).startsWith(f.toString()).containsAnyOf("no article text", "empty text");
  }

  @Test
  void rss2ItemsWithContentAndALinkedLocalFile() throws IOException {
    write("full.txt", "Title: The local copy\nPublished: 2025-12-03\n\n" + STORY);
    Path f = write("feed.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
          <title>Example Wire</title><link>https://wire.example</link><description>news</description>
          <item><title>Aid convoys cross</title><link>https://wire.example/aid</link>
            <guid>https://wire.example/aid</guid><pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>%s</p><p>Second paragraph.</p>]]></content:encoded></item>
          <item><title>From a file</title><link>full.txt</link><pubDate>Wed, 03 Dec 2025 10:00:00 GMT</pubDate></item>
          <item><title>Nothing inside</title><link>https://wire.example/empty</link></item>
        </channel></rss>""".formatted(STORY));
    List<Item> items = read(f);
    assertThat(items).hasSize(3);
    Article first = items.get(0).article();
    assertThat(first.title()).isEqualTo("Aid convoys cross");
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(first.source()).isEqualTo("Example Wire");
    assertThat(first.url()).isEqualTo("https://wire.example/aid");
    assertThat(first.text()).isEqualTo(STORY + "\n\nSecond paragraph.");
    Article local = items.get(1).article();
    assertThat(local.title()).isEqualTo("The local copy");
    assertThat(local.text()).isEqualTo(STORY);
    assertThat(items.get(2).error().getMessage()).contains("feed.rss item 3 (Nothing inside)").contains("no content");
  }

  @Test
  void atomEntries() throws IOException {
    Path f = write("news.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
          <updated>2025-12-02T12:00:00Z</updated>
          <entry><title>Ceasefire holds</title><id>urn:desk:1</id><link href="https://desk.example/1"/>
            <published>2025-12-01T22:00:00Z</published><updated>2025-12-02T12:00:00Z</updated>
            <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
        </feed>""".formatted(STORY));
    Article a = only(f);
    assertThat(a.id()).isEqualTo("urn:desk:1");
    assertThat(a.url()).isEqualTo("https://desk.example/1");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(a.text()).isEqualTo(STORY);
  }

  @Test
  void aBrokenFeedIsOneError() throws IOException {
    Path f = write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item>");
    assertThat(error(f)).startsWith(f.toString()).contains("not a readable RSS or Atom feed");
  }

  @Test
  void jsonLinesWithABadLineInTheMiddle() throws IOException {
    Path f = write("batch.jsonl", """
        {"id":"a1","title":"One","text":"%s","published":"2025-12-02","url":"https://x.example/1","source":"X"}
        {"id":"a2","text":"%s","published":"yesterday"}
        not json
        {"title":"No id","text":"%s"}
        """.formatted(STORY, STORY, STORY));
    List<Item> items = read(f);
    assertThat(items).hasSize(4);
    assertThat(items.get(0).article().url()).isEqualTo("https://x.example/1");
    assertThat(items.get(1).error().getMessage()).startsWith(f + ":2").contains("invalid published date");
    assertThat(items.get(2).error().getMessage()).startsWith(f + ":3").contains("not a JSON object");
    assertThat(items.get(3).article().id()).isEqualTo("batch.jsonl#4");
  }

  @Test
  void warcHtmlResponsesAndATruncatedTail() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("https://cc.example/news/1", "<html><head><meta name='pubdate' content='2025-12-01'>"
          + "<title>One</title></head><body><article><p>" + STORY + "</p><p>" + STORY + "</p></article></body></html>",
          "text/html; charset=utf-8"));
      w.write(response("https://cc.example/logo.png", "PNGDATA", "image/png"));
      w.write(response("https://cc.example/news/2", "<html><head><title>Two</title></head><body><p>" + STORY
          + "</p><p>More text follows here about the talks.</p></body></html>", "text/html"));
    }
    List<Item> items = read(warc);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).article().url()).isEqualTo("https://cc.example/news/1");
    assertThat(items.get(0).article().published()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(items.get(1).article().published()).as("capture date stands in").isEqualTo(LocalDate.of(2025, 12, 5));
    assertThat(items.get(1).article().source()).isEqualTo("cc.example");

    byte[] whole = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 40));
    List<Item> partial = read(cut);
    assertThat(partial.stream().filter(i -> i.article() != null)).hasSize(1);
    assertThat(partial.get(partial.size() - 1).error().getMessage()).startsWith(cut.toString())
        .contains("truncated or corrupt");
  }

  @Test
  void anUncompressedWarcCutInsideARecordKeepsTheRecordsBeforeIt() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
      w.write(response("https://cc.example/news/1", "<html><body><p>" + STORY + "</p></body></html>", "text/html"));
      w.write(response("https://cc.example/news/2", "<html><body><p>" + STORY + " " + STORY + "</p></body></html>",
          "text/html"));
    }
    byte[] whole = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 60));
    List<Item> items = read(cut);
    assertThat(items.get(0).article().url()).isEqualTo("https://cc.example/news/1");
    assertThat(items.get(items.size() - 1).error()).as("the cut record is reported").isNotNull();
    assertThat(items.get(items.size() - 1).error().getMessage()).startsWith(cut.toString());
  }

  @Test
  void aWarcCutInItsFirstRecordIsAnError() throws IOException {
    Path cut = write("notes.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200");
    assertThat(error(cut)).startsWith(cut.toString()).contains("cut short");
  }

  @Test
  void foldersRecurseAndFormatsAreDetected() throws Exception {
    write("a/one.txt", STORY);
    write("a/b/two.html", "<html><body><p>" + STORY + "</p></body></html>");
    write("a/b/.hidden.txt", STORY);
    write("a/.git/config.txt", STORY);
    write("a/b/picture.png", "\u0089PNG");
    List<Path> files = Ingest.files(List.of(dir.resolve("a")));
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("picture.png", "two.html", "one.txt");
    assertThat(Format.detect(dir.resolve("a/b/picture.png"))).isEmpty();
    assertThat(Format.detect(write("NOTES", STORY))).contains(Format.TEXT);
    assertThat(Format.detect(write("crawl-00001", "WARC/1.1\r\n"))).contains(Format.WARC);
  }

  @Test
  void datesAsPagesWriteThem() {
    assertThat(Dates.parse("2025-12-02T23:30:00-05:00")).contains(LocalDate.of(2025, 12, 2));
    assertThat(Dates.parse("Tue, 02 Dec 2025 10:00:00 GMT")).contains(LocalDate.of(2025, 12, 2));
    assertThat(Dates.parse("December 2, 2025")).contains(LocalDate.of(2025, 12, 2));
    assertThat(Dates.parse("2nd December 2025")).contains(LocalDate.of(2025, 12, 2));
    assertThat(Dates.parse("20251202")).contains(LocalDate.of(2025, 12, 2));
    assertThat(Dates.parse("2025-13-40")).isEmpty();
    assertThat(Dates.parse("soon")).isEmpty();
  }

  private static WarcResponse response(String url, String body, String type) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-12-05T06:00:00Z")).body(http).build();
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private List<Item> read(Path f) {
    List<Item> items = new ArrayList<>();
    assertThat(ingest.read(f, items::add)).isTrue();
    return items;
  }

  private Article only(Path f) {
    List<Item> items = read(f);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).error()).isNull();
    return items.get(0).article();
  }

  private String error(Path f) {
    List<Item> items = read(f);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).article()).isNull();
    return items.get(0).error().getMessage();
  }
}
