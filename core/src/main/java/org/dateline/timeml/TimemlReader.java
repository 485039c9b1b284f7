package org.dateline.timeml;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.input.InputException;

/**
 * Reads TimeML ({@code .tml}) files as TempEval-3 distributes them: {@code DOCID}, a {@code DCT}
 * holding the creation-time TIMEX3, and {@code TEXT} with inline TIMEX3, EVENT and SIGNAL tags.
 * The raw text is TEXT with every tag removed and entities unescaped; offsets are into it.
 * A small purpose-built scanner rather than a DOM parser: TimeML here is flat, and the scanner
 * keeps exact offsets while unescaping.
 */
public final class TimemlReader {

  private TimemlReader() {}

  /** Every {@code .tml} file of a folder (or the one file given), sorted by name. */
  public static List<TimemlDocument> readAll(Path dirOrFile) throws InputException, IOException {
    if (Files.isRegularFile(dirOrFile)) {
      return List.of(read(dirOrFile));
    }
    if (!Files.isDirectory(dirOrFile)) {
      throw new InputException(dirOrFile.toString(), "no such file or folder");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dirOrFile)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new InputException(dirOrFile.toString(), "no .tml files found");
    }
    List<TimemlDocument> out = new ArrayList<>();
    for (Path f : files) {
      out.add(read(f));
    }
    return out;
  }

  public static TimemlDocument read(Path file) throws InputException, IOException {
    String xml;
    try {
      xml = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file.toString(), "not valid UTF-8");
    }
    String fallbackId = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return parse(xml, fallbackId, file.toString());
  }

  /** Parses TimeML markup; {@code source} names the input in error messages. */
  public static TimemlDocument parse(String xml, String fallbackId, String source) throws InputException {
    String id = element(xml, "DOCID");
    id = id == null ? fallbackId : unescape(id.strip());
    String dctBlock = element(xml, "DCT");
    if (dctBlock == null) {
      throw new InputException(source, "no <DCT> element");
    }
    int timexAt = dctBlock.indexOf("<TIMEX3");
    if (timexAt < 0) {
      throw new InputException(source, "<DCT> holds no TIMEX3");
    }
    Map<String, String> dctAttributes = attributes(dctBlock, timexAt + "<TIMEX3".length(), dctBlock.indexOf('>', timexAt));
    String dctValue = dctAttributes.get("value");
    LocalDate dct;
    try {
      dct = LocalDate.parse(dctValue == null ? "" : dctValue.substring(0, Math.min(10, dctValue.length())));
    } catch (DateTimeParseException e) {
      throw new InputException(source, "DCT value '" + dctValue + "' is not a date");
    }
    int textOpen = xml.indexOf("<TEXT>");
    int textClose = xml.lastIndexOf("</TEXT>");
    if (textOpen < 0 || textClose < textOpen) {
      throw new InputException(source, "no <TEXT> element");
    }
    return scanText(xml, textOpen + "<TEXT>".length(), textClose, id, dctValue, dct, source);
  }

  private record Open(String name, int rawStart, Map<String, String> attributes) {}

  private static TimemlDocument scanText(String xml, int from, int to, String id, String dctValue, LocalDate dct,
      String source) throws InputException {
    StringBuilder raw = new StringBuilder(to - from);
    List<TimemlTimex> timexes = new ArrayList<>();
    List<TimemlTag> events = new ArrayList<>();
    List<TimemlTag> signals = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int i = from;
    while (i < to) {
      char c = xml.charAt(i);
      if (c == '<') {
        int close = xml.indexOf('>', i);
        if (close < 0 || close > to) {
          throw new InputException(source, "unterminated tag in TEXT");
        }
        boolean end = xml.charAt(i + 1) == '/';
        boolean selfClosing = xml.charAt(close - 1) == '/';
        int nameStart = end ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < close && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '/') {
          nameEnd++;
        }
        String name = xml.substring(nameStart, nameEnd);
        if (end) {
          Open o = open.poll();
          if (o == null || !o.name.equals(name)) {
            throw new InputException(source, "mismatched </" + name + "> in TEXT");
          }
          String text = raw.substring(o.rawStart);
          Map<String, String> a = o.attributes;
          switch (name) {
            case "TIMEX3" -> timexes.add(new TimemlTimex(a.get("tid"), o.rawStart, raw.length(), text, a.get("type"),
                a.get("value"), a.get("mod"), a.get("anchorTimeID")));
            case "EVENT" -> events.add(new TimemlTag(name, a.get("eid"), o.rawStart, raw.length(), a));
            case "SIGNAL" -> signals.add(new TimemlTag(name, a.get("sid"), o.rawStart, raw.length(), a));
            default -> { }
          }
        } else if (!selfClosing && !name.startsWith("!") && !name.startsWith("?")) {
          open.push(new Open(name, raw.length(), attributes(xml, nameEnd, close)));
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = xml.indexOf(';', i);
        String decoded = semi > i && semi - i <= 10 ? entity(xml.substring(i + 1, semi)) : null;
        if (decoded == null) {
          raw.append(c);
          i++;
        } else {
          raw.append(decoded);
          i = semi + 1;
        }
      } else {
        raw.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new InputException(source, "unclosed <" + open.peek().name + "> in TEXT");
    }
    return new TimemlDocument(id, dctValue, dct, raw.toString(), timexes, events, signals);
  }

  /** Content of the first element with that name, or null. */
  private static String element(String xml, String name) {
    int open = xml.indexOf("<" + name + ">");
    if (open < 0) {
      return null;
    }
    int start = open + name.length() + 2;
    int close = xml.indexOf("</" + name + ">", start);
    return close < 0 ? null : xml.substring(start, close);
  }

  /** The name="value" pairs between two offsets of a start tag. */
  private static Map<String, String> attributes(String xml, int from, int to) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = from;
    while (i < to) {
      int eq = xml.indexOf('=', i);
      if (eq < 0 || eq >= to) {
        break;
      }
      String key = xml.substring(i, eq).strip();
      int q = eq + 1;
      while (q < to && Character.isWhitespace(xml.charAt(q))) {
        q++;
      }
      if (q >= to) {
        break;
      }
      char quote = xml.charAt(q);
      if (quote != '"' && quote != '\'') {
        break;
      }
      int qEnd = xml.indexOf(quote, q + 1);
      if (qEnd < 0 || qEnd > to) {
        break;
      }
      out.put(key, unescape(xml.substring(q + 1, qEnd)));
      i = qEnd + 1;
    }
    return out;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      String decoded = semi > i && semi - i <= 10 ? entity(s.substring(i + 1, semi)) : null;
      if (decoded != null) {
        b.append(decoded);
        i = semi + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The text an XML entity stands for, or null when it is not one. */
  private static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        try {
          if (name.startsWith("#x") || name.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
          }
          if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
          }
        } catch (IllegalArgumentException e) {
          return null;
        }
        return null;
    }
  }
}
