package dev.contextpack.zoo;

/** A value type persisted through the auto-applied {@link PhoneNumberConverter}. */
public record PhoneNumber(String value) {
}
