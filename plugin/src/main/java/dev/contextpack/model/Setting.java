package dev.contextpack.model;

/** One framework setting that shapes the model, with where its value came from. */
public record Setting(String name, String value, Provenance provenance, String source) {
}
