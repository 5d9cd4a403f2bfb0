package nl.naober.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The programme's own booking number of an imported expenditure, once per municipality: a second import of the same
 * row finds it here and leaves it alone.
 */
@Entity
@Table(name = "budget_expenditure_import", schema = "platform")
class ExpenditureImportRef {

    @EmbeddedId
    private Key key;

    @Column(name = "expenditure_id", nullable = false, updatable = false)
    private UUID expenditureId;

    @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
    private String fileSha256;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected ExpenditureImportRef() {}

    ExpenditureImportRef(
            String municipalityCode,
            String ref,
            UUID expenditureId,
            String fileSha256,
            String importedBy,
            Instant importedAt) {
        this.key = new Key(municipalityCode, ref);
        this.expenditureId = expenditureId;
        this.fileSha256 = fileSha256;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    String ref() {
        return key.importRef;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "municipality_code", nullable = false, updatable = false, length = 41)
        private String municipalityCode;

        @Column(name = "import_ref", nullable = false, updatable = false, length = 100)
        private String importRef;

        protected Key() {}

        Key(String municipalityCode, String importRef) {
            this.municipalityCode = municipalityCode;
            this.importRef = importRef;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.municipalityCode.equals(municipalityCode)
                    && key.importRef.equals(importRef);
        }

        @Override
        public int hashCode() {
            return municipalityCode.hashCode() * 31 + importRef.hashCode();
        }
    }
}
