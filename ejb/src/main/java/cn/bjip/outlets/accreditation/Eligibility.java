package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conditions of Art. 4 checked against an application's content: what is still missing, each
 * naming the field it concerns. Shown live to the applicant and to the reviewer; submission needs an empty list.
 */
public final class Eligibility {

    /** Full-time staff count toward Art. 4 (2) with at least this much IP information work experience. */
    public static final int EXPERIENCED_YEARS = 1;
    public static final int MIN_FULL_TIME_EXPERIENCED = 3;
    public static final int ACTIVITY_YEARS = 3;

    /** What each IP field's service needs (Art. 4 (4)): patent databases and analysis tools, trademark databases and search tools. */
    static final Map<IpField, Set<ResourceKind>> REQUIRED_RESOURCES = Map.of(
            IpField.PATENT, EnumSet.of(ResourceKind.DATABASE, ResourceKind.ANALYSIS_TOOL),
            IpField.TRADEMARK, EnumSet.of(ResourceKind.DATABASE, ResourceKind.SEARCH_TOOL),
            IpField.GEOGRAPHICAL_INDICATION, EnumSet.of(ResourceKind.DATABASE));

    private Eligibility() {
    }

    /** The gaps of {@code content} for a round of {@code roundYear}; empty when the application may be submitted. */
    public static List<BusinessRuleViolation> gaps(ApplicationContent content, int roundYear, int documents) {
        List<BusinessRuleViolation> gaps = new ArrayList<>();
        requireText(gaps, content.getNameZh(), "nameZh");
        requireText(gaps, content.getNetworkType(), "networkType");
        if (content.getDistrict() == null) {
            gaps.add(new BusinessRuleViolation("eligibility.district", "district"));
        }
        requireText(gaps, content.getAddress(), "address");
        requireText(gaps, content.getPrincipal(), "principal");
        requireText(gaps, content.getContactPhone(), "contactPhone");
        long experienced = content.fullTimeExperienced(EXPERIENCED_YEARS);
        if (experienced < MIN_FULL_TIME_EXPERIENCED) {
            gaps.add(new BusinessRuleViolation("eligibility.team.fullTime", "team",
                    MIN_FULL_TIME_EXPERIENCED, EXPERIENCED_YEARS, experienced));
        }
        if (content.partTime() == 0) {
            gaps.add(new BusinessRuleViolation("eligibility.team.partTime", "team"));
        }
        if (isBlank(content.getWorkSystem())) {
            gaps.add(new BusinessRuleViolation("eligibility.workSystem", "workSystem"));
        }
        for (String facility : List.of("facilitySite", "facilityNetwork", "facilityHardware", "facilitySoftware")) {
            if (isBlank(facility(content, facility))) {
                gaps.add(new BusinessRuleViolation("eligibility.facility." + facility, facility));
            }
        }
        if (content.getIpFields().isEmpty()) {
            gaps.add(new BusinessRuleViolation("eligibility.ipFields", "ipFields"));
        }
        for (IpField field : content.getIpFields()) {
            for (ResourceKind kind : REQUIRED_RESOURCES.get(field)) {
                if (!content.hasResource(field, kind)) {
                    gaps.add(new BusinessRuleViolation("eligibility.resource", "resources", field.label(), kind.label()));
                }
            }
        }
        for (int year = roundYear - ACTIVITY_YEARS; year < roundYear; year++) {
            int wanted = year;
            if (content.getActivity().stream().noneMatch(a -> a.getYear() == wanted)) {
                gaps.add(new BusinessRuleViolation("eligibility.activity", "activity", String.valueOf(year)));
            }
        }
        if (documents == 0) {
            gaps.add(new BusinessRuleViolation("eligibility.documents", "documents"));
        }
        return gaps;
    }

    private static String facility(ApplicationContent content, String name) {
        return switch (name) {
            case "facilitySite" -> content.getFacilitySite();
            case "facilityNetwork" -> content.getFacilityNetwork();
            case "facilityHardware" -> content.getFacilityHardware();
            default -> content.getFacilitySoftware();
        };
    }

    private static void requireText(List<BusinessRuleViolation> gaps, String value, String field) {
        if (isBlank(value)) {
            gaps.add(new BusinessRuleViolation("eligibility.required." + field, field));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
