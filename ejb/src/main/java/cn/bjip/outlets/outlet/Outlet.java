package cn.bjip.outlets.outlet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/** An IP information public service outlet (网点): one institution of one network type. */
@Entity
public class Outlet {

    public static final Period VALIDITY = Period.ofYears(3);

    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{2,31}";
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(CODE_PATTERN);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_seq")
    @SequenceGenerator(name = "outlet_seq", sequenceName = "outlet_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "{outlet.code.pattern}")
    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    /** Who the institution is and how to reach it; complete for an outlet. */
    @Embedded
    @Valid
    @ConvertGroup(from = Default.class, to = InstitutionProfile.Complete.class)
    private InstitutionProfile profile = new InstitutionProfile();

    /** The id of the plugin whose forms and metrics apply to this outlet. */
    @NotBlank
    @Column(nullable = false, updatable = false)
    private String networkType;

    @NotEmpty
    @ElementCollection
    @CollectionTable(name = "outlet_ip_field", joinColumns = @JoinColumn(name = "outlet_id"))
    @Column(name = "ip_field")
    @Enumerated(EnumType.STRING)
    private Set<IpField> ipFields = EnumSet.noneOf(IpField.class);

    @Min(0)
    @Max(10_000)
    private int fullTimeStaff;

    @Min(0)
    @Max(10_000)
    private int partTimeStaff;

    /** The day of the accreditation decision; the outlet is listed for {@link #VALIDITY} from then (Art. 6). */
    private LocalDate accreditedOn;

    /** The first day the outlet is no longer accredited, unless renewed. */
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    private OutletStatus status = OutletStatus.ACTIVE;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** A copy of the profile: it changes only by {@link #setProfile}, as a whole. */
    public InstitutionProfile getProfile() {
        return profile.copy();
    }

    public void setProfile(InstitutionProfile profile) {
        this.profile = profile.copy();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return profile.getNameZh();
    }


    public String getNameEn() {
        return profile.getNameEn();
    }


    public String getNetworkType() {
        return networkType;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public BeijingDistrict getDistrict() {
        return profile.getDistrict();
    }


    public String getAddress() {
        return profile.getAddress();
    }


    public String getPrincipal() {
        return profile.getPrincipal();
    }


    public String getContactPhone() {
        return profile.getContactPhone();
    }


    public String getContactEmail() {
        return profile.getContactEmail();
    }


    public Set<IpField> getIpFields() {
        return ipFields;
    }

    public void setIpFields(Set<IpField> ipFields) {
        this.ipFields = ipFields.isEmpty() ? EnumSet.noneOf(IpField.class) : EnumSet.copyOf(ipFields);
    }

    public int getFullTimeStaff() {
        return fullTimeStaff;
    }

    public void setFullTimeStaff(int fullTimeStaff) {
        this.fullTimeStaff = fullTimeStaff;
    }

    public int getPartTimeStaff() {
        return partTimeStaff;
    }

    public void setPartTimeStaff(int partTimeStaff) {
        this.partTimeStaff = partTimeStaff;
    }

    /** Accredited from {@code day} for three years. */
    public void setAccreditedOn(LocalDate day) {
        accreditedOn = day;
        expiresOn = day == null ? null : day.plus(VALIDITY);
    }

    /** Renewed on {@code day}: three more years from the current expiry (or from that day, if it has passed). */
    public void renew(LocalDate day) {
        LocalDate from = expiresOn == null || expiresOn.isBefore(day) ? day : expiresOn;
        expiresOn = from.plus(VALIDITY);
    }

    /** Renewal may be applied for in the last year of validity. */
    public boolean renewableOn(LocalDate day) {
        return expiresOn != null && !day.isBefore(expiresOn.minusYears(1)) && day.isBefore(expiresOn);
    }

    /** Accredited, in good standing and not expired on {@code day}. */
    public boolean listedOn(LocalDate day) {
        return status == OutletStatus.ACTIVE && accreditedOn != null && !day.isBefore(accreditedOn) && day.isBefore(expiresOn);
    }

    public OutletStatus getStatus() {
        return status;
    }

    /** Disqualified (Art. 14) or revoked (Art. 15): off the directory from then on. */
    public void endStanding(OutletStatus status) {
        this.status = status;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getMainServices() {
        return profile.getMainServices();
    }

    public String getServiceHours() {
        return profile.getServiceHours();
    }


    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }
}
