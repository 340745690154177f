package dev.contextpack.compiled.records;

/** A record DTO projection whose component names no property of Parcel. */
public record ParcelNickname(String nickname) {
}
