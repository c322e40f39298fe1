package cn.bjip.outlets.outlet;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What center staff (or the office) enter to register an outlet: filled on the page or sent as JSON, checked
 * here and by {@link OutletService#register}. Only the office may give an accreditation day.
 */
public class OutletRegistration implements Serializable {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,31}", message = "{outlet.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String nameZh;

    @Size(max = 200)
    private String nameEn;

    @NotBlank
    private String networkType;

    @NotNull
    private BeijingDistrict district;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotBlank
    @Size(max = 100)
    private String principal;

    @Size(max = 40)
    @Pattern(regexp = "[0-9+() -]*", message = "{outlet.phone.pattern}")
    private String contactPhone;

    @Email
    @Size(max = 200)
    private String contactEmail;

    @NotEmpty
    private Set<IpField> ipFields = EnumSet.noneOf(IpField.class);

    @NotNull
    @Min(0)
    @Max(10_000)
    private Integer fullTimeStaff;

    @Min(0)
    @Max(10_000)
    private Integer partTimeStaff;

    @Size(max = 1000)
    private String mainServices;

    private LocalDate accreditedOn;

    /** The outlet this registration describes, not yet stored. */
    Outlet toOutlet() {
        Outlet outlet = new Outlet();
        outlet.setCode(code);
        InstitutionProfile profile = new InstitutionProfile();
        profile.setNameZh(nameZh);
        profile.setNameEn(nameEn);
        profile.setDistrict(district);
        profile.setAddress(address);
        profile.setPrincipal(principal);
        profile.setContactPhone(contactPhone);
        profile.setContactEmail(contactEmail);
        profile.setMainServices(mainServices);
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

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNetworkType() {
        return networkType;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public BeijingDistrict getDistrict() {
        return district;
    }

    public void setDistrict(BeijingDistrict district) {
        this.district = district;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPrincipal() {
        return principal;
    }

    public void setPrincipal(String principal) {
        this.principal = principal;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
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

    public String getMainServices() {
        return mainServices;
    }

    public void setMainServices(String mainServices) {
        this.mainServices = mainServices;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }

    public void setAccreditedOn(LocalDate accreditedOn) {
        this.accreditedOn = accreditedOn;
    }
}
