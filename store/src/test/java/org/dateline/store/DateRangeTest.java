package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  @Test
  void timemlValuesCoverTheirDays() {
    assertThat(DateRange.of("2025-12-01")).contains(range("2025-12-01", "2025-12-01"));
    assertThat(DateRange.of("2025-12-01T10:30")).contains(range("2025-12-01", "2025-12-01"));
    assertThat(DateRange.of("2025-W49")).contains(range("2025-12-01", "2025-12-07"));
    assertThat(DateRange.of("2025-W49-WE")).contains(range("2025-12-06", "2025-12-07"));
    assertThat(DateRange.of("2024-02")).contains(range("2024-02-01", "2024-02-29"));
    assertThat(DateRange.of("2025-Q4")).contains(range("2025-10-01", "2025-12-31"));
    assertThat(DateRange.of("2025-WI")).contains(range("2025-12-01", "2026-02-28"));
    assertThat(DateRange.of("2025")).contains(range("2025-01-01", "2025-12-31"));
  }

  @Test
  void unknownAndRelativeValuesCoverNoKnownDays() {
    assertThat(DateRange.of("PAST_REF")).isEmpty();
    assertThat(DateRange.of("XXXX-12-01")).isEmpty();
    assertThat(DateRange.of("2025-02-30")).isEmpty();
    assertThat(DateRange.of(null)).isEmpty();
  }

  @Test
  void aWeekIsPreciseAMonthIsNot() {
    assertThat(DateRange.of("2025-W49").orElseThrow().precise()).isTrue();
    assertThat(DateRange.of("2025-12").orElseThrow().precise()).isFalse();
  }

  private static DateRange range(String a, String b) {
    return new DateRange(LocalDate.parse(a), LocalDate.parse(b));
  }
}
