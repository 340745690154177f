package dev.contextpack.render;

/**
 * How the pages are rendered, beyond the model.
 *
 * @param maxTokensPerFile above this many tokens the index is split by package; 0: never
 * @param compact every fact, without explanatory prose and diagrams that repeat a table
 * @param llmsTxt also write {@code llms.txt}, an index of the pack in the llms.txt format
 */
public record RenderOptions(int maxTokensPerFile, boolean compact, boolean llmsTxt) {

    public static final RenderOptions DEFAULT = new RenderOptions(0, false, false);
}
