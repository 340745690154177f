package dev.contextpack.resolve;

/** An application settings file that cannot be read; the message names the file, the place and the fix. */
public class SettingsFileException extends IllegalStateException {
    public SettingsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
