package cn.bjip.outlets.outlet;

import cn.bjip.outlets.platform.PersonalData;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who an institution is and how to reach it: names in Chinese and English, district and address, principal, contacts,
 * main services and service hours. The one declaration shared by outlets, their change filings (Art. 7, R-7.1) and applications
 * (Art. 5), stored in the same columns in each table; copied whole, never field by field. An application's draft may
 * leave parts empty (the eligibility check names them); an outlet's profile and a filing are {@link Complete}.
 */
@Embeddable
public class InstitutionProfile implements Serializable {

    /** The validation group of a profile that must be complete: an outlet's, a change filing's. */
    public interface Complete extends Default {
    }

    @NotBlank(groups = Complete.class)
    @Size(max = 200)
    private String nameZh;

    @Size(max = 200)
    private String nameEn;

    @NotNull(groups = Complete.class)
    @Enumerated(EnumType.STRING)
    private BeijingDistrict district;

    @NotBlank(groups = Complete.class)
    @Size(max = 300)
    private String address;

    @NotBlank(groups = Complete.class)
    @Size(max = 100)
    private String principal;

    @Size(max = 40)
    @Pattern(regexp = "[0-9+() -]*", message = "{outlet.phone.pattern}")
    @Convert(converter = PersonalData.class)
    private String contactPhone;

    @Email
    @Size(max = 200)
    @Convert(converter = PersonalData.class)
    private String contactEmail;

    @Size(max = 1000)
    private String mainServices;

    /** When the outlet serves the public, e.g. 周一至周五 9:00–17:00. */
    @Size(max = 200)
    private String serviceHours;

    public InstitutionProfile copy() {
        InstitutionProfile copy = new InstitutionProfile();
        copy.nameZh = nameZh;
        copy.nameEn = nameEn;
        copy.district = district;
        copy.address = address;
        copy.principal = principal;
        copy.contactPhone = contactPhone;
        copy.contactEmail = contactEmail;
        copy.mainServices = mainServices;
        copy.serviceHours = serviceHours;
        return copy;
    }

    /** The names of the fields that differ from {@code before}. */
    public List<String> changedFields(InstitutionProfile before) {
        return differencesFrom(before).stream().map(line -> line.substring(0, line.indexOf(':'))).toList();
    }

    /** What differs from {@code before}, one "field: old → new" per change. */
    public List<String> differencesFrom(InstitutionProfile before) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", before.nameZh, nameZh);
        compare(changes, "nameEn", before.nameEn, nameEn);
        compare(changes, "district", before.district, district);
        compare(changes, "address", before.address, address);
        compare(changes, "principal", before.principal, principal);
        compare(changes, "phone", before.contactPhone, contactPhone);
        compare(changes, "email", before.contactEmail, contactEmail);
        compare(changes, "mainServices", before.mainServices, mainServices);
        compare(changes, "serviceHours", before.serviceHours, serviceHours);
        return changes;
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(field + ": " + (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
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

    public String getMainServices() {
        return mainServices;
    }

    public void setMainServices(String mainServices) {
        this.mainServices = mainServices;
    }

    public String getServiceHours() {
        return serviceHours;
    }

    public void setServiceHours(String serviceHours) {
        this.serviceHours = serviceHours;
    }
}
