package org.dateline.actors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.input.InputException;

/**
 * Actors a user adds to the knowledge base or overrides in it ({@code --actors FILE}), from a
 * CSV file with a header row or a YAML list. Fields: {@code name} (required), {@code kind}
 * (PERSON, COUNTRY, ORGANIZATION, GROUP, LOCATION; default PERSON when a role is given, else
 * ORGANIZATION), {@code country}, {@code sector}, {@code role} (a title such as "Foreign Minister"),
 * {@code aliases} (separated by |), {@code adjectives} (for countries), {@code start} and
 * {@code end} (the term of the role, YYYY-MM-DD). An entry whose name or alias is already known
 * replaces the known entry for that name.
 */
public final class UserActors {

  /** One entry of a user actor file. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(
      @JsonProperty("name") String name,
      @JsonProperty("kind") String kind,
      @JsonProperty("country") String country,
      @JsonProperty("sector") String sector,
      @JsonProperty("role") String role,
      @JsonProperty("aliases") String aliases,
      @JsonProperty("adjectives") String adjectives,
      @JsonProperty("start") String start,
      @JsonProperty("end") String end) {

    List<String> aliasList() {
      return split(aliases);
    }

    List<String> adjectiveList() {
      return split(adjectives);
    }

    private static List<String> split(String s) {
      List<String> out = new ArrayList<>();
      if (s != null) {
        for (String part : s.split("\\|")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
      return out;
    }
  }

  private UserActors() {}

  public static List<Entry> read(Path file) throws InputException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, "no such actor file");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    List<Entry> entries = new ArrayList<>();
    try {
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Entry[] array = yaml.readValue(file.toFile(), Entry[].class);
        entries.addAll(List.of(array));
      } else if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader()
            .withColumnSeparator(lower.endsWith(".tsv") ? '\t' : ',');
        try (MappingIterator<Entry> it = csv.readerFor(Entry.class).with(schema).readValues(file.toFile())) {
          while (it.hasNext()) {
            entries.add(it.next());
          }
        }
      } else {
        throw new InputException(name, "actor files are .csv, .tsv, .yaml or .yml");
      }
    } catch (JsonMappingException e) {
      throw new InputException(name, "not a valid actor file (" + e.getOriginalMessage() + " at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
    } catch (IOException e) {
      throw new InputException(name, "cannot read actor file: " + e.getMessage().lines().findFirst().orElse(""));
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.name() == null || e.name().isBlank()) {
        throw new InputException(name, "entry " + (i + 1) + " has no name");
      }
      if (e.kind() != null && !e.kind().isBlank()) {
        try {
          org.dateline.model.ActorKind.valueOf(e.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
          throw new InputException(name, "entry " + (i + 1) + " (" + e.name() + ") has unknown kind '" + e.kind() + "'");
        }
      }
      try {
        Term.parseDate(e.start(), false);
        Term.parseDate(e.end(), true);
      } catch (RuntimeException ex) {
        throw new InputException(name, "entry " + (i + 1) + " (" + e.name() + ") has a bad date (expected YYYY-MM-DD)");
      }
    }
    return entries;
  }
}
