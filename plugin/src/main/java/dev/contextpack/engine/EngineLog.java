package dev.contextpack.engine;

/** Where the engine reports; the Maven mojo adapts its own log, tests collect the lines. */
public interface EngineLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    EngineLog SILENT = new EngineLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
