package org.dateline.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.actors.UserActors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a PETRARCH actor dictionary (a snippet written for the test) as user actors of a day. */
class PetrarchActorsTest {

  @Test
  void namesSynonymsAndDatedCodes(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("actors.txt"), String.join("\n",
        "NORTHMARK  [NMK]   # a country",
        "+THE_NORTH_MARCHES",
        "WARDEN OF THE FENS",
        "\t[--- <950630]",
        "\t[FEN]",
        "OLD_CAPITAL [OLD 19900101 - 19941231] [NMK > 950101]",
        "THREE_VALES [VAL/DAL/HOL]",
        ""));
    PetrarchActors dictionary = PetrarchActors.read(file);
    LocalDate day = LocalDate.of(1996, 5, 1);
    assertThat(dictionary.asUserActors(day)).extracting(UserActors.Entry::name)
        .containsExactly("Northmark", "Warden of the Fens", "Old Capital", "Three Vales");
    assertThat(dictionary.codesOn(day)).containsEntry("the north marches", "NMK").containsEntry("old capital", "NMK")
        .containsEntry("three vales", "VAL/DAL/HOL");
    assertThat(dictionary.codesOn(LocalDate.of(1992, 3, 1))).containsEntry("old capital", "OLD");
  }

  @Test
  void suiteTextDecodesXmlEntities() {
    assertThat(PetrarchSuite.unescape("A &amp; B &lt;said&gt;")).isEqualTo("A & B <said>");
  }
}
