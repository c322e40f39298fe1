package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.InstitutionProfile;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.ProfileForm;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an institution declares in its application (申报书, Art. 5 (1)): who and where it is, the IP fields it serves
 * and the resources for each, its team, work system, facilities and the last three years of service activity.
 * A draft may be incomplete; {@link Eligibility} says what is missing before it can be submitted.
 */
@Embeddable
public class ApplicationContent extends ProfileForm implements Serializable {

    /** Who the institution is and how to reach it: the same profile an outlet has (a draft may leave parts empty). */
    @Embedded
    @Valid
    private InstitutionProfile profile = new InstitutionProfile();

    @NotBlank
    @Size(max = 32)
    private String networkType;

    @ElementCollection
    @CollectionTable(name = "application_ip_field", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "ip_field")
    @Enumerated(EnumType.STRING)
    private Set<IpField> ipFields = EnumSet.noneOf(IpField.class);

    @Size(max = 2000)
    private String workSystem;

    @Size(max = 500)
    private String facilitySite;

    @Size(max = 500)
    private String facilityNetwork;

    @Size(max = 500)
    private String facilityHardware;

    @Size(max = 500)
    private String facilitySoftware;

    @Valid
    @Size(max = 100)
    @ElementCollection
    @CollectionTable(name = "application_resource", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<DeclaredResource> resources = new ArrayList<>();

    @Valid
    @Size(max = 200)
    @ElementCollection
    @CollectionTable(name = "application_team_member", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @Valid
    @Size(max = 3)
    @ElementCollection
    @CollectionTable(name = "application_activity", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("year")
    private List<ActivityYear> activity = new ArrayList<>();

    /** An empty application for a round of {@code roundYear}, with a row for each of the last three years' activity. */
    public static ApplicationContent blank(int roundYear) {
        ApplicationContent content = new ApplicationContent();
        for (int year = roundYear - Eligibility.ACTIVITY_YEARS; year < roundYear; year++) {
            content.activity.add(new ActivityYear(year));
        }
        return content;
    }

    /** A detached copy with its own collections, so that replacing one application's content never shares them. */
    public ApplicationContent copy() {
        ApplicationContent copy = new ApplicationContent();
        copy.profile = profile.copy();
        copy.networkType = networkType;
        copy.setIpFields(ipFields);
        copy.workSystem = workSystem;
        copy.facilitySite = facilitySite;
        copy.facilityNetwork = facilityNetwork;
        copy.facilityHardware = facilityHardware;
        copy.facilitySoftware = facilitySoftware;
        copy.resources = new ArrayList<>(resources);
        copy.team = new ArrayList<>(team);
        copy.activity = new ArrayList<>(activity);
        return copy;
    }

    @Override
    protected InstitutionProfile editedProfile() {
        return profile;
    }

    /** A draft needs at least the institution's Chinese name. */
    @Override
    @NotBlank
    public String getNameZh() {
        return super.getNameZh();
    }

    /** A copy of the profile, for the outlet this application becomes. */
    public InstitutionProfile profile() {
        return profile.copy();
    }

    /** Takes {@code profile} whole (a renewal starts from the outlet's). */
    void takeProfile(InstitutionProfile profile) {
        this.profile = profile.copy();
    }

    public long fullTimeExperienced(int minYears) {
        return team.stream().filter(m -> m.isFullTime() && m.getExperienceYears() >= minYears).count();
    }

    public long partTime() {
        return team.stream().filter(m -> !m.isFullTime()).count();
    }

    public boolean hasResource(IpField field, ResourceKind kind) {
        return resources.stream().anyMatch(r -> r.getIpField() == field && r.getKind() == kind);
    }

    public String getNetworkType() {
        return networkType;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public Set<IpField> getIpFields() {
        return ipFields;
    }

    public void setIpFields(Set<IpField> ipFields) {
        this.ipFields = ipFields == null || ipFields.isEmpty() ? EnumSet.noneOf(IpField.class) : EnumSet.copyOf(ipFields);
    }

    public String getWorkSystem() {
        return workSystem;
    }

    public void setWorkSystem(String workSystem) {
        this.workSystem = workSystem;
    }

    public String getFacilitySite() {
        return facilitySite;
    }

    public void setFacilitySite(String facilitySite) {
        this.facilitySite = facilitySite;
    }

    public String getFacilityNetwork() {
        return facilityNetwork;
    }

    public void setFacilityNetwork(String facilityNetwork) {
        this.facilityNetwork = facilityNetwork;
    }

    public String getFacilityHardware() {
        return facilityHardware;
    }

    public void setFacilityHardware(String facilityHardware) {
        this.facilityHardware = facilityHardware;
    }

    public String getFacilitySoftware() {
        return facilitySoftware;
    }

    public void setFacilitySoftware(String facilitySoftware) {
        this.facilitySoftware = facilitySoftware;
    }

    public List<DeclaredResource> getResources() {
        return resources;
    }

    public void setResources(List<DeclaredResource> resources) {
        this.resources = resources == null ? new ArrayList<>() : new ArrayList<>(resources);
    }

    public List<TeamMember> getTeam() {
        return team;
    }

    public void setTeam(List<TeamMember> team) {
        this.team = team == null ? new ArrayList<>() : new ArrayList<>(team);
    }

    public List<ActivityYear> getActivity() {
        return activity;
    }

    public void setActivity(List<ActivityYear> activity) {
        this.activity = activity == null ? new ArrayList<>() : new ArrayList<>(activity);
    }
}
