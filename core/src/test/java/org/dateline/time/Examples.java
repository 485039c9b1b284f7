package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Article;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;

/** Test helper: runs the pipeline up to the temporal stage on a sentence with a dateline. */
final class Examples {

  private static final Pipeline PIPELINE = Pipelines.standard().upTo("time");

  private final String text;
  private final List<Timex> timexes;

  private Examples(String text, List<Timex> timexes) {
    this.text = text;
    this.timexes = timexes;
  }

  /** The timexes of a text published on the given day (null: no dateline). */
  static Examples in(String text, String published) {
    Article article = Article.of("example", text, published == null ? null : LocalDate.parse(published));
    return new Examples(text, PIPELINE.annotate(article).timexes());
  }

  /** Asserts an expression with this exact text, type and value, at its exact offsets. */
  Examples has(String expression, TimexType type, String value) {
    Timex t = find(expression);
    assertThat(t.type()).as("type of \"%s\"", expression).isEqualTo(type);
    assertThat(t.value()).as("value of \"%s\"", expression).isEqualTo(value);
    assertThat(text.substring(t.start(), t.end())).isEqualTo(expression);
    return this;
  }

  Examples hasMod(String expression, String mod) {
    assertThat(find(expression).mod()).as("mod of \"%s\"", expression).isEqualTo(mod);
    return this;
  }

  Examples hasNothing() {
    assertThat(timexes).isEmpty();
    return this;
  }

  Examples count(int n) {
    assertThat(timexes).hasSize(n);
    return this;
  }

  private Timex find(String expression) {
    return timexes.stream().filter(t -> t.text().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError("no timex \"" + expression + "\" in \"" + text + "\"; found: "
            + timexes.stream().map(t -> "\"" + t.text() + "\"=" + t.value()).collect(Collectors.joining(", "))));
  }
}
