package org.dateline.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;

/**
 * Reads the articles of one input file. Each article, or the one-line reason it was refused,
 * goes to the sink as it is read, so a large crawl never sits in memory. A problem that stops
 * the whole file (unreadable, truncated, not of the format) is thrown after the items read so
 * far have been passed on.
 */
public interface ArticleReader {

  void read(Path file, Consumer<Item> sink) throws InputException;
}
