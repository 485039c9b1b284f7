package org.dateline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's actor file adds people and overrides what the bundled knowledge says. */
class UserActorsTest {

  @Test
  void csvAddsAPersonWithATermAndOverridesAName(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("actors.csv"),
        "name,kind,country,role,aliases,start,end\n"
            + "Mira Kovac,PERSON,SVN,Foreign Minister,,2024-01-01,\n"
            + "Acme Defence,ORGANIZATION,SVN,,Acme,,\n");
    List<UserActors.Entry> entries = UserActors.read(file);
    Document d = Pipelines.standard(entries).annotate(Article.of("t",
        "The Slovenian foreign minister praised Acme. Mira Kovac spoke later.", LocalDate.of(2025, 2, 1)));
    Actor kovac = d.actors().stream().filter(a -> a.name().equals("Mira Kovac")).findFirst().orElseThrow();
    assertThat(kovac.role()).isEqualTo("Foreign Minister of Slovenia");
    assertThat(kovac.mentions()).extracting(m -> m.text()).contains("The Slovenian foreign minister", "Mira Kovac");
    assertThat(d.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Acme Defence");
      assertThat(a.country()).isEqualTo("SVN");
    });
  }

  @Test
  void aPersonFromACountryWritingTheFamilyNameFirstIsFoundByIt(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("actors.csv"),
        "name,kind,country,role,aliases,start,end\n"
            + "Han Meiling,PERSON,CHN,Foreign Minister,,2024-01-01,\n");
    Document d = Pipelines.standard(UserActors.read(file)).annotate(Article.of("t",
        "A Chinese delegation arrived in Geneva on Monday. Foreign Minister Han met the Swiss hosts.",
        LocalDate.of(2025, 2, 1)));
    Actor han = d.actors().stream().filter(a -> a.name().equals("Han Meiling")).findFirst().orElseThrow();
    assertThat(han.mentions()).extracting(m -> m.text()).contains("Foreign Minister Han");
  }

  @Test
  void yamlIsReadToo(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("actors.yaml"),
        "- name: Northland\n  kind: COUNTRY\n  country: NLX\n  adjectives: Northlandic\n");
    assertThat(UserActors.read(file)).singleElement().satisfies(e -> assertThat(e.country()).isEqualTo("NLX"));
  }

  @Test
  void badFilesAreOneLineErrors(@TempDir Path dir) throws Exception {
    Path noName = Files.writeString(dir.resolve("a.csv"), "name,kind\n,PERSON\n");
    assertThatThrownBy(() -> UserActors.read(noName)).hasMessageEndingWith("a.csv: entry 1 has no name");
    Path badKind = Files.writeString(dir.resolve("b.csv"), "name,kind\nX,ROBOT\n");
    assertThatThrownBy(() -> UserActors.read(badKind)).hasMessageContaining("unknown kind 'ROBOT'");
    Path badDate = Files.writeString(dir.resolve("c.csv"), "name,role,start\nY,Minister,2024-13-01\n");
    assertThatThrownBy(() -> UserActors.read(badDate)).hasMessageContaining("bad date");
    assertThatThrownBy(() -> UserActors.read(dir.resolve("d.txt"))).hasMessageContaining("no such actor file");
  }
}
