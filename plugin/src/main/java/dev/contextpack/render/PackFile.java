package dev.contextpack.render;

/** One file of the pack: a path relative to the output directory and its full text (LF line ends). */
public record PackFile(String path, String content) {
}
