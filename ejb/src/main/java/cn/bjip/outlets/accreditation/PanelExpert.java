package cn.bjip.outlets.accreditation;

import java.util.Set;

/** A member of the expert panel: account, name, institution and the institutions they declared a conflict with. */
public record PanelExpert(String username, String name, String affiliation, Set<String> conflicts) {

    static PanelExpert of(Expert e) {
        return new PanelExpert(e.getUsername(), e.getName(), e.getAffiliation(), Set.copyOf(e.getConflicts()));
    }
}
