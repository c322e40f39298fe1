package cn.bjip.outlets.accreditation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A member of the expert panel: their Keycloak account, the institution they belong to, and declared conflicts. */
@Entity
public class Expert {

    @Id
    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String affiliation;

    @ElementCollection
    @CollectionTable(name = "expert_conflict", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "institution")
    private Set<String> conflicts = new TreeSet<>();

    @Version
    private long version;

    protected Expert() {
    }

    public Expert(String username, String name, String affiliation) {
        this.username = username;
        this.name = name;
        this.affiliation = affiliation;
    }

    /** The expert belongs to the institution, or declared a conflict with it (names compared without spaces and case). */
    public boolean conflictsWith(String institution) {
        String wanted = normalized(institution);
        return normalized(affiliation).equals(wanted) || conflicts.stream().map(Expert::normalized).anyMatch(wanted::equals);
    }

    void declareConflict(String institution) {
        conflicts.add(institution.strip());
    }

    private static String normalized(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public Set<String> getConflicts() {
        return conflicts;
    }
}
