package org.dateline.timeml;

import java.util.Comparator;
import java.util.List;
import org.dateline.model.Timex;

/**
 * Writes a text and its timexes as a TimeML document (DOCID, DCT, TEXT with inline TIMEX3), the
 * form TempEval tools read. Overlapping timexes cannot nest in TimeML, so of two overlapping ones
 * only the first (earliest, then longest) is written.
 */
public final class TimemlWriter {

  private TimemlWriter() {}

  public static String write(String docId, String dctValue, String text, List<Timex> timexes) {
    StringBuilder b = new StringBuilder(text.length() + 64 * timexes.size() + 512);
    b.append("<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        .append("xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
    b.append("<DOCID>").append(escape(docId)).append("</DOCID>\n\n");
    if (dctValue != null) {
      b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(escape(dctValue))
          .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
          .append(escape(dctValue)).append("</TIMEX3></DCT>\n\n");
    }
    b.append("<TEXT>");
    List<Timex> sorted = timexes.stream()
        .sorted(Comparator.comparingInt(Timex::start).thenComparing(Comparator.comparingInt(Timex::end).reversed()))
        .toList();
    int at = 0;
    int tid = 1;
    for (Timex t : sorted) {
      if (t.start() < at || t.end() > text.length() || t.start() >= t.end()) {
        continue;
      }
      b.append(escape(text.substring(at, t.start())));
      b.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type()).append('"');
      if (t.value() != null) {
        b.append(" value=\"").append(escape(t.value())).append('"');
      }
      if (t.mod() != null) {
        b.append(" mod=\"").append(escape(t.mod())).append('"');
      }
      b.append('>').append(escape(text.substring(t.start(), t.end()))).append("</TIMEX3>");
      at = t.end();
    }
    b.append(escape(text.substring(at))).append("</TEXT>\n\n</TimeML>\n");
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
