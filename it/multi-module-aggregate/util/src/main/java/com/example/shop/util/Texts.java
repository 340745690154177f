package com.example.shop.util;

/** A module without entities: the aggregate reads it and says nothing about it. */
public final class Texts {

    private Texts() {
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
