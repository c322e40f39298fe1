package cn.bjip.outlets.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-4.1")
@Tag("R-4.2")
class EligibilityTest {

    private static List<String> gaps(ApplicationContent content, int documents) {
        return Eligibility.gaps(content, 2026, documents).stream().map(BusinessRuleViolation::messageKey).toList();
    }

    @Test
    @DisplayName("R-4.1 an application meeting every Art. 4 condition, with a document, has no gaps")
    void eligible() {
        assertEquals(List.of(), gaps(SampleApplication.eligible(), 1));
    }

    @Test
    @DisplayName("R-4.1 fewer than three experienced full-time staff is a gap; inexperienced ones do not count")
    void team() {
        ApplicationContent content = SampleApplication.eligible();
        List<TeamMember> team = new ArrayList<>(content.getTeam());
        team.set(2, new TeamMember("王三", "馆员", true, 0));
        content.setTeam(team);
        List<BusinessRuleViolation> gaps = Eligibility.gaps(content, 2026, 1);
        assertEquals(1, gaps.size());
        assertEquals("team", gaps.get(0).field());
        assertEquals("需要至少 3 名具有 1 年以上经验的专职人员，目前有 2 名（第四条第二项）。",
                gaps.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    @DisplayName("R-4.1 no part-time staff, no work system, no district, no facilities, no documents: each a gap")
    void missingParts() {
        ApplicationContent content = SampleApplication.eligible();
        content.setTeam(content.getTeam().subList(0, 3));
        content.setWorkSystem(" ");
        content.setDistrict(null);
        content.setFacilityNetwork(null);
        assertEquals(List.of("eligibility.district", "eligibility.team.partTime", "eligibility.workSystem",
                "eligibility.facility.facilityNetwork", "eligibility.documents"), gaps(content, 0));
    }

    @Test
    @DisplayName("R-4.2 each declared IP field needs its resources: a geographical-indication database, patent analysis tools")
    void resourcesFitEachField() {
        ApplicationContent content = SampleApplication.eligible();
        content.setIpFields(EnumSet.allOf(IpField.class));
        content.setResources(content.getResources().stream().filter(r -> r.getKind() != ResourceKind.ANALYSIS_TOOL).toList());
        List<BusinessRuleViolation> gaps = Eligibility.gaps(content, 2026, 1);
        assertEquals(List.of("Patent information services need at least one declared Analysis tool (Art. 4 (4)).",
                        "Geographical indication information services need at least one declared Database (Art. 4 (4))."),
                gaps.stream().map(g -> g.message(Locale.ENGLISH)).sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    @DisplayName("R-5.1 the activity of each of the last three years is required")
    void activity() {
        ApplicationContent content = SampleApplication.eligible();
        content.setActivity(content.getActivity().subList(1, 3));
        List<BusinessRuleViolation> gaps = Eligibility.gaps(content, 2026, 1);
        assertEquals(1, gaps.size());
        assertTrue(gaps.get(0).message(Locale.ENGLISH).contains("2023"));
    }
}
