package dev.contextpack.scan;

/** The classes cannot be scanned; the message says which class and what to do. */
public class ScanException extends RuntimeException {
    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
