package org.dateline.eval.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH's validation records ({@code PETR.UnitTest.records.xml}): one sentence each, with the
 * events PETRARCH is expected to code as (source code, target code, CAMEO code), or none.
 * Read with regular expressions rather than an XML parser because the file carries
 * constructs that are not well-formed XML (comments with "--" inside).
 */
public final class PetrarchSuite {

  /** An expected coding. */
  public record Coding(String source, String target, String code) {}

  /**
   * One validation record; {@code error}: what the record tests instead of a coding, when it does
   * ("bad_input_parse", "storydiscard"), else null.
   */
  public record Record(String id, String category, LocalDate date, String text, List<Coding> expected, String error) {

    /** Records that test PETRARCH's handling of a malformed parse tree, which Dateline does not read. */
    public boolean testsParseInput() {
      return "bad_input_parse".equals(error);
    }
  }

  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s+([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private PetrarchSuite() {}

  public static List<Record> read(Path file) throws IOException {
    String xml = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
    List<Record> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      String attrs = m.group(1);
      String body = m.group(2);
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        continue;
      }
      String text = unescape(t.group(1).strip().replaceAll("\\s+", " "));
      List<Coding> codings = new ArrayList<>();
      String error = null;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        String a = c.group(1);
        if (attr(a, "error") != null) {
          error = attr(a, "error");
        }
        if ("true".equals(attr(a, "noevents"))) {
          continue;
        }
        String code = attr(a, "eventcode");
        if (code != null) {
          codings.add(new Coding(attr(a, "sourcecode"), attr(a, "targetcode"), code));
        }
      }
      String date = attr(attrs, "date");
      LocalDate day = date == null || date.length() != 8 ? null
          : LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
              Integer.parseInt(date.substring(6, 8)));
      out.add(new Record(attr(attrs, "id"), attr(attrs, "category"), day, text, codings, error));
    }
    return out;
  }

  /** XML's predefined entities ("&amp;" is "&"). */
  static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  static String attr(String attrs, String name) {
    Matcher m = ATTR.matcher(attrs);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
