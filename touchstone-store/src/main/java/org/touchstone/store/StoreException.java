package org.touchstone.store;

/** A failure of the store, with a message that names the store and the reason. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
