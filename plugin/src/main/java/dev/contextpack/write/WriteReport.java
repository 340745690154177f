package dev.contextpack.write;

import java.util.List;

/** What a write did, file by file; {@code kept} are files left untouched with the reason and the fix. */
public record WriteReport(List<String> written, List<String> unchanged, List<String> deleted, List<String> kept) {
}
