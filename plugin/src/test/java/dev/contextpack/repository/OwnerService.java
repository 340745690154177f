package dev.contextpack.repository;

import org.springframework.transaction.annotation.Transactional;

public class OwnerService {

    private final OwnerRepository owners;

    public OwnerService(OwnerRepository owners) {
        this.owners = owners;
    }

    @Transactional
    public int renameAll(String from, String to) {
        return owners.rename(from, to);
    }

    /** No transaction: the @Modifying query fails here unless a caller has one. */
    public int renameWithoutTransaction(String from, String to) {
        return owners.rename(from, to);
    }

    public Owner register(String lastName) {
        return owners.save(new Owner(lastName));
    }
}
