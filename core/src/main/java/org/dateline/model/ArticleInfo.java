package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code article} header of an extraction: metadata without the text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleInfo(String id, String title, String published, String source, String url) {

  public static ArticleInfo of(Article a) {
    return new ArticleInfo(
        a.id(), a.title(), a.published() == null ? null : a.published().toString(), a.source(), a.url());
  }
}
