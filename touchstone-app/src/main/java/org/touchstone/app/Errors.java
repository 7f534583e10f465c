package org.touchstone.app;

/** Turns an exception into the one line a user reads. */
final class Errors {
    private Errors() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message;
    }
}
