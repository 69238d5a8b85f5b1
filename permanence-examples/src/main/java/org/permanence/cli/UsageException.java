package org.permanence.cli;

/** A command was given options it cannot run with; the tool exits 2 with the message. */
final class UsageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
