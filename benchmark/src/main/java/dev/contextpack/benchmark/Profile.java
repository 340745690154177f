package dev.contextpack.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a JFR recording of generate runs: where the samples fall, by engine phase. */
final class Profile {

    private static final String ENGINE = "dev.contextpack.engine.ContextPackEngine";
    private static final String ROOT = "dev.contextpack.";
    /** Samples of the plain Hibernate boot that the benchmark runs in the same recording, for comparison. */
    static final String BOOT_ALONE = "(Hibernate boot alone)";

    private Profile() {
    }

    /**
     * Execution samples by phase. A sample's phase is the package of the first {@code dev.contextpack}
     * frame (other than the engine's own class) between the engine's entry and the top of the stack:
     * {@code boot} includes Hibernate's work called from {@code MetadataBooter}, {@code scan} includes
     * ClassGraph and ASM called from the scanner (ClassGraph's worker threads count as {@code scan});
     * {@code engine} is work done directly in {@code ContextPackEngine}. Samples of other threads or
     * outside the engine are {@code outside}.
     */
    static Map<String, Integer> phases(Path recording) throws IOException {
        Map<String, Integer> phases = new TreeMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            phases.merge(phaseOf(event), 1, Integer::sum);
        }
        return phases;
    }

    static String phaseOf(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        String thread = event.getThread("sampledThread") == null ? "" : String.valueOf(event.getThread("sampledThread").getJavaName());
        if (thread.contains("ClassGraph")) return "scan";
        if (stack == null) return "outside";
        List<RecordedFrame> frames = stack.getFrames();
        for (RecordedFrame frame : frames) {
            RecordedMethod method = frame.getMethod();
            if (method != null && method.getType() != null && method.getType().getName().equals(Measure.class.getName())
                    && method.getName().equals("bootAlone")) {
                return BOOT_ALONE;
            }
        }
        boolean inEngine = false;
        // frames.get(0) is the top of the stack: walk from the root upwards
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedMethod method = frames.get(i).getMethod();
            if (method == null || method.getType() == null) continue;
            String type = method.getType().getName();
            if (type.equals(ENGINE)) {
                inEngine = true;
                continue;
            }
            if (inEngine && type.startsWith(ROOT)) {
                String rest = type.substring(ROOT.length());
                int dot = rest.indexOf('.');
                return dot < 0 ? rest : rest.substring(0, dot);
            }
        }
        if (stack.isTruncated()) return "truncated";
        return inEngine ? "engine" : "outside";
    }

    /** The methods most samples are in (top frame), to name the hot spots. */
    static Map<String, Integer> hotMethods(Path recording, int limit) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) continue;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty() || frames.get(0).getMethod() == null) continue;
            RecordedMethod m = frames.get(0).getMethod();
            counts.merge(phaseOf(event) + " " + m.getType().getName() + "." + m.getName(), 1, Integer::sum);
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** Total GC pause time and count in the recording. */
    static Map<String, Long> gcPauses(Path recording) throws IOException {
        long count = 0;
        long nanos = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.GarbageCollection")) continue;
            count++;
            nanos += event.getDuration("sumOfPauses").toNanos();
        }
        Map<String, Long> gc = new TreeMap<>();
        gc.put("pauses", count);
        gc.put("pauseMs", nanos / 1_000_000);
        return gc;
    }
}
