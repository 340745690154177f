package dev.contextpack.compiled.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import lombok.Builder;
import lombok.Getter;

/** Lombok's @Builder alone: an all-arguments constructor and no no-arg one. */
@Entity
@Getter
@Builder
public class Voucher {

    @Id
    private Long id;

    private int cents;
}
