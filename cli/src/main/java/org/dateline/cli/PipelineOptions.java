package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import org.dateline.actors.UserActors;
import org.dateline.input.InputException;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Option;

/** Options shared by the commands that build the extraction pipeline. */
final class PipelineOptions {

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra or overriding actors (CSV with a header row, or YAML); see the README.")
  Path actors;

  Pipeline build() throws InputException {
    List<UserActors.Entry> entries = actors == null ? List.of() : UserActors.read(actors);
    return Pipelines.standard(entries);
  }
}
