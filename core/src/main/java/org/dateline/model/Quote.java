package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A direct quotation (the text between the quotation marks), its speaker's actor id and, when
 * the text gives it, the channel: X, Telegram, press conference, interview, statement, ...
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(int start, int end, String text, String speaker, String channel) implements TextSpan {}
