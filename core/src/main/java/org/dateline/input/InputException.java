package org.dateline.input;

/** Input that cannot be read as an article; the message is one line that names the input. */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  public InputException(String input, String problem) {
    super(input + ": " + problem);
  }
}
