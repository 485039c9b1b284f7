package org.dateline.eval.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.actors.UserActors;

/**
 * Reads a PETRARCH actor dictionary ({@code NAME_WITH_UNDERSCORES [CODE]}, synonyms on
 * {@code +} lines, codes restricted by date as {@code [CODE < 950601]}, {@code [CODE 19950601 -
 * 19990815]}, {@code [CODE > 990816]}) and turns it into Dateline user actors for a given day,
 * the actor's code carried as its country code, as a fair run of PETRARCH's suite asks.
 */
public final class PetrarchActors {

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "and", "for", "de", "in");

  /** A dictionary entry: names and its dated codes. */
  private record Entry(List<String> names, List<String[]> codes) {}

  private final List<Entry> entries;

  private PetrarchActors(List<Entry> entries) {
    this.entries = entries;
  }

  public static PetrarchActors read(Path file) throws IOException {
    List<Entry> out = new ArrayList<>();
    Entry current = null;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.strip().startsWith("<!--") || line.isBlank()) {
        continue;
      }
      Matcher codes = CODE.matcher(line);
      String namePart = CODE.matcher(line).replaceAll("").strip();
      if (namePart.startsWith("+")) {
        if (current != null) {
          current.names.add(clean(namePart.substring(1)));
        }
      } else if (!namePart.isEmpty() && !Character.isWhitespace(raw.charAt(0))) {
        current = new Entry(new ArrayList<>(), new ArrayList<>());
        current.names.add(clean(namePart));
        out.add(current);
      }
      while (codes.find() && current != null) {
        // "[--- <950630]" is "[--- < 950630]"
        current.codes.add(codes.group(1).strip().replaceAll("([<>])(\\d)", "$1 $2").split("\\s+"));
      }
    }
    out.removeIf(e -> e.codes.isEmpty());
    return new PetrarchActors(out);
  }

  private static String clean(String name) {
    String n = name.replace('_', ' ').strip();
    StringBuilder sb = new StringBuilder();
    for (String w : n.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (sb.length() > 0 && SMALL_WORDS.contains(lower)) {
        sb.append(lower); // "Duke of Northmarch", as a text writes it
      } else {
        sb.append(w.charAt(0)).append(lower.substring(1));
      }
    }
    return sb.toString();
  }

  /** The code an entry has on a day, or null when none applies. */
  private static String codeOn(Entry e, LocalDate day) {
    for (String[] c : e.codes) {
      if (c.length == 1) {
        return c[0];
      }
      if (c.length == 3 && c[1].equals("<") && (day == null || day.isBefore(parse(c[2])))) {
        return c[0];
      }
      if (c.length == 3 && c[1].equals(">") && (day == null || day.isAfter(parse(c[2])))) {
        return c[0];
      }
      if (c.length == 4 && c[2].equals("-") && day != null && !day.isBefore(parse(c[1])) && !day.isAfter(parse(c[3]))) {
        return c[0];
      }
    }
    return null;
  }

  private static LocalDate parse(String yymmdd) {
    String v = yymmdd.length() == 6 ? (yymmdd.compareTo("500000") > 0 ? "19" : "20") + yymmdd : yymmdd;
    return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
        Integer.parseInt(v.substring(6, 8)));
  }

  /** The dictionary as user actors valid on a day: each code becomes the actor's country. */
  public List<UserActors.Entry> asUserActors(LocalDate day) {
    List<UserActors.Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      String code = codeOn(e, day);
      if (code == null || code.startsWith("-") || code.startsWith("+")) {
        continue;
      }
      String primary = e.names.get(0);
      List<String> others = new ArrayList<>(e.names.subList(1, e.names.size()));
      for (String n : e.names) {
        if (n.startsWith("The ") && n.length() > 4) {
          others.add(n.substring(4)); // "THE_MARCHES" is also named "the Marches"
        }
      }
      String aliases = String.join("|", others);
      String kind = code.length() == 3 ? "COUNTRY" : "ORGANIZATION";
      out.add(new UserActors.Entry(primary, kind, code, null, null, aliases, null, null, null));
    }
    return out;
  }

  /** Names → code on a day, for reading codes back off extracted actors. */
  public Map<String, String> codesOn(LocalDate day) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      String code = codeOn(e, day);
      if (code != null) {
        for (String n : e.names) {
          out.putIfAbsent(n.toLowerCase(Locale.ROOT), code);
        }
      }
    }
    return out;
  }
}
