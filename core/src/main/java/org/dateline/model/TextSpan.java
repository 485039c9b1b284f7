package org.dateline.model;

/** Anything that covers a stretch of the article text: UTF-16 offsets, end exclusive. */
public interface TextSpan {

  int start();

  int end();
}
