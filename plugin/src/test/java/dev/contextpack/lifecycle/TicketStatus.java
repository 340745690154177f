package dev.contextpack.lifecycle;

public enum TicketStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED
}
