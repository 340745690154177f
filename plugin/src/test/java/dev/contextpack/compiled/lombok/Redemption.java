package dev.contextpack.compiled.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A LAZY link to the @Builder-only entity. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Redemption {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Voucher voucher;
}
