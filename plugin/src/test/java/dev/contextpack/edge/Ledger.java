package dev.contextpack.edge;

import com.fasterxml.jackson.annotation.JsonBackReference;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.annotations.SQLUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Audited by Envers, written by custom SQL, and the back side of a JSON link. */
@Entity
@Audited
@SQLInsert(sql = "insert into Ledger (entry, crate_id, id) values (?, ?, ?)")
@SQLUpdate(sql = "update Ledger set entry = ?, crate_id = ? where id = ?")
public class Ledger {
    @Id
    Long id;

    String entry;

    @ManyToOne
    @JsonBackReference
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    Crate crate;
}
