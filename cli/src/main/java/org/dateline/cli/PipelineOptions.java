package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.actors.UserActors;
import org.dateline.events.Discards;
import org.dateline.events.UserEvents;
import org.dateline.events.VerbDictionary;
import org.dateline.input.InputException;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Option;

/** Options shared by the commands that build the extraction pipeline. */
final class PipelineOptions {

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra or overriding actors (CSV with a header row, or YAML); see the README.")
  Path actors;

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "An event dictionary in TABARI/PETRARCH verb-dictionary format whose verbs and patterns"
          + " add to or override Dateline's own event patterns; see the README.")
  Path verbs;

  @Option(names = "--discards", paramLabel = "FILE",
      description = "A TABARI/PETRARCH discard list: sentences (or, for '+' lines, stories) naming one code no events.")
  Path discards;

  @Option(names = "--verbs-only",
      description = "Code events with the --verbs dictionary alone, as PETRARCH does (Dateline's own patterns off).")
  boolean verbsOnly;

  Pipeline build() throws InputException {
    List<UserActors.Entry> entries = actors == null ? List.of() : UserActors.read(actors);
    return Pipelines.standard(entries, userEvents());
  }

  UserEvents userEvents() throws InputException {
    if (verbsOnly && verbs == null) {
      throw new InputException("--verbs-only", "needs --verbs FILE");
    }
    try {
      VerbDictionary dictionary = verbs == null ? null : VerbDictionary.read(verbs);
      Discards discardList = discards == null ? Discards.NONE : Discards.read(discards);
      return new UserEvents(dictionary, discardList, !verbsOnly);
    } catch (IOException e) {
      throw new InputException(String.valueOf(verbs != null ? verbs : discards), "cannot read (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new InputException(String.valueOf(verbs), e.getMessage());
    }
  }
}
