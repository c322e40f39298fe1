package cn.bjip.outlets.outlet;

/**
 * A form that holds an {@link InstitutionProfile} and shows its fields as its own (flat in JSON and on the page): the
 * registration of an outlet and the content of an application. The profile is declared once; this only forwards.
 */
public abstract class ProfileForm {

    /** The profile this form edits in place. */
    protected abstract InstitutionProfile editedProfile();

    public String getNameZh() {
        return editedProfile().getNameZh();
    }

    public void setNameZh(String nameZh) {
        editedProfile().setNameZh(nameZh);
    }

    public String getNameEn() {
        return editedProfile().getNameEn();
    }

    public void setNameEn(String nameEn) {
        editedProfile().setNameEn(nameEn);
    }

    public BeijingDistrict getDistrict() {
        return editedProfile().getDistrict();
    }

    public void setDistrict(BeijingDistrict district) {
        editedProfile().setDistrict(district);
    }

    public String getAddress() {
        return editedProfile().getAddress();
    }

    public void setAddress(String address) {
        editedProfile().setAddress(address);
    }

    public String getPrincipal() {
        return editedProfile().getPrincipal();
    }

    public void setPrincipal(String principal) {
        editedProfile().setPrincipal(principal);
    }

    public String getContactPhone() {
        return editedProfile().getContactPhone();
    }

    public void setContactPhone(String contactPhone) {
        editedProfile().setContactPhone(contactPhone);
    }

    public String getContactEmail() {
        return editedProfile().getContactEmail();
    }

    public void setContactEmail(String contactEmail) {
        editedProfile().setContactEmail(contactEmail);
    }

    public String getServiceHours() {
        return editedProfile().getServiceHours();
    }

    public void setServiceHours(String serviceHours) {
        editedProfile().setServiceHours(serviceHours);
    }

    public String getMainServices() {
        return editedProfile().getMainServices();
    }

    public void setMainServices(String mainServices) {
        editedProfile().setMainServices(mainServices);
    }
}
