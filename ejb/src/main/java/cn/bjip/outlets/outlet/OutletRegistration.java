package cn.bjip.outlets.outlet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What center staff (or the office) enter to register an outlet: filled on the page or sent as JSON, checked
 * here and by {@link OutletService#create}. Only the office may give an accreditation day.
 */
public class OutletRegistration extends ProfileForm implements Serializable {

    /** Who the institution is: complete, as every outlet's profile. */
    @Valid
    @ConvertGroup(from = Default.class, to = InstitutionProfile.Complete.class)
    private final InstitutionProfile profile = new InstitutionProfile();

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,31}", message = "{outlet.code.pattern}")
    private String code;

    @NotBlank
    private String networkType;

    @NotEmpty
    private Set<IpField> ipFields = EnumSet.noneOf(IpField.class);

    @NotNull
    @Min(0)
    @Max(10_000)
    private Integer fullTimeStaff;

    @Min(0)
    @Max(10_000)
    private Integer partTimeStaff;

    private LocalDate accreditedOn;

    @Override
    protected InstitutionProfile editedProfile() {
        return profile;
    }

    /** The outlet this registration describes, not yet stored. */
    Outlet toOutlet() {
        Outlet outlet = new Outlet();
        outlet.setCode(code);
        outlet.setProfile(profile);
        outlet.setNetworkType(networkType);
        outlet.setIpFields(ipFields);
        outlet.setFullTimeStaff(fullTimeStaff);
        outlet.setPartTimeStaff(partTimeStaff == null ? 0 : partTimeStaff);
        if (accreditedOn != null) {
            outlet.setAccreditedOn(accreditedOn);
        }
        return outlet;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
        this.ipFields = ipFields == null ? EnumSet.noneOf(IpField.class) : ipFields;
    }

    public Integer getFullTimeStaff() {
        return fullTimeStaff;
    }

    public void setFullTimeStaff(Integer fullTimeStaff) {
        this.fullTimeStaff = fullTimeStaff;
    }

    public Integer getPartTimeStaff() {
        return partTimeStaff;
    }

    public void setPartTimeStaff(Integer partTimeStaff) {
        this.partTimeStaff = partTimeStaff;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }

    public void setAccreditedOn(LocalDate accreditedOn) {
        this.accreditedOn = accreditedOn;
    }
}
