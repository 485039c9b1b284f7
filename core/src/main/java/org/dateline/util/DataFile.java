package org.dateline.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's knowledge files: UTF-8 text, one record a line, columns separated by
 * tabs, {@code #} starting a comment line (each file documents its own columns in its header).
 * Blank lines are skipped; trailing empty columns are kept so optional fields read as "".
 */
public final class DataFile {

  private DataFile() {}

  /** Rows of a classpath resource, relative to the given class's package unless it starts with /. */
  public static List<String[]> rows(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + resource + " next to " + anchor.getName());
      }
      return rows(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
  }

  public static List<String[]> rows(InputStream in) throws IOException {
    List<String[]> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].trim();
      }
      out.add(cols);
    }
    return out;
  }

  /** Column {@code i} of a row, or "" when the row is shorter. */
  public static String col(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  /** A list column: values separated by {@code |}, empty values dropped. */
  public static List<String> list(String[] row, int i) {
    String v = col(row, i);
    if (v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split("\\|")) {
      String p = part.trim();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
