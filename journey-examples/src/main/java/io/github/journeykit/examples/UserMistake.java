package io.github.journeykit.examples;

/**
 * A mistake of the user's (an unknown journey, a bad file, a bad option): reported on standard
 * error as its message, with exit code 2, never as a stack trace.
 */
final class UserMistake extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserMistake(String message) {
    super(message, null, false, false);
  }
}
