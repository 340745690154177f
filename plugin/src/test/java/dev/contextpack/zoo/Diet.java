package dev.contextpack.zoo;

/** Stored ORDINAL (the JPA default) by {@link Animal#diet}. */
public enum Diet {
    HERBIVORE, CARNIVORE, OMNIVORE
}
