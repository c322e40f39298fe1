package cn.bjip.outlets.outlet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The details of an outlet that change only by filing (Art. 7, R-7.1): name, site, principal, contacts, main services. */
@Embeddable
public class OutletDetails {

    @NotBlank
    @Size(max = 200)
    private String nameZh;

    @NotNull
    @Enumerated(EnumType.STRING)
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

    @Size(max = 1000)
    private String mainServices;

    public static OutletDetails of(Outlet outlet) {
        OutletDetails details = new OutletDetails();
        details.nameZh = outlet.getNameZh();
        details.district = outlet.getDistrict();
        details.address = outlet.getAddress();
        details.principal = outlet.getPrincipal();
        details.contactPhone = outlet.getContactPhone();
        details.contactEmail = outlet.getContactEmail();
        details.mainServices = outlet.getMainServices();
        return details;
    }

    void applyTo(Outlet outlet) {
        outlet.setNameZh(nameZh);
        outlet.setDistrict(district);
        outlet.setAddress(address);
        outlet.setPrincipal(principal);
        outlet.setContactPhone(contactPhone);
        outlet.setContactEmail(contactEmail);
        outlet.setMainServices(mainServices);
    }

    /** The names of the fields that differ from {@code before}. */
    public List<String> changedFields(OutletDetails before) {
        return differencesFrom(before).stream().map(line -> line.substring(0, line.indexOf(':'))).toList();
    }

    /** What differs from {@code before}, one "field: old → new" per change. */
    public List<String> differencesFrom(OutletDetails before) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", before.nameZh, nameZh);
        compare(changes, "district", before.district, district);
        compare(changes, "address", before.address, address);
        compare(changes, "principal", before.principal, principal);
        compare(changes, "phone", before.contactPhone, contactPhone);
        compare(changes, "email", before.contactEmail, contactEmail);
        compare(changes, "mainServices", before.mainServices, mainServices);
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
}
