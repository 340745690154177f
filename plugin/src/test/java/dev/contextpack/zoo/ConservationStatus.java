package dev.contextpack.zoo;

/** Stored as STRING by {@link Animal#status}. */
public enum ConservationStatus {
    LEAST_CONCERN, NEAR_THREATENED, VULNERABLE, ENDANGERED, CRITICALLY_ENDANGERED
}
