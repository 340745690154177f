package dev.contextpack.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every lifecycle callback of the fixture writes "Class.method" when Hibernate calls it, so
 * tests can read the real order. Thread-safe; {@link #drain()} returns and empties it.
 */
public final class CallbackLog {

    private static final List<String> EVENTS = new ArrayList<>();

    private CallbackLog() {
    }

    public static void record(String event) {
        synchronized (EVENTS) {
            EVENTS.add(event);
        }
    }

    /** What was recorded since the last {@link #clear()} or {@link #drain()}. */
    public static List<String> events() {
        synchronized (EVENTS) {
            return List.copyOf(EVENTS);
        }
    }

    public static List<String> drain() {
        synchronized (EVENTS) {
            List<String> copy = List.copyOf(EVENTS);
            EVENTS.clear();
            return copy;
        }
    }

    public static void clear() {
        synchronized (EVENTS) {
            EVENTS.clear();
        }
    }
}
