package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Center staff and the office register an outlet: one institution, one network type. */
@Named
@ViewScoped
public class OutletEditor implements Serializable {

    @EJB
    private OutletService outlets;

    @Inject
    private LocaleSwitcher locale;

    private final OutletRegistration outlet = new OutletRegistration();
    private IpField[] ipFields = {};

    public String save() {
        outlet.setIpFields(Set.of(ipFields));
        try {
            outlets.create(outlet);
            Messages.info("outlet.created");
            return "/app/outlets?faces-redirect=true";
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        }
        return null;
    }

    public OutletRegistration getOutlet() {
        return outlet;
    }

    public IpField[] getIpFields() {
        return ipFields;
    }

    public void setIpFields(IpField[] ipFields) {
        this.ipFields = ipFields;
    }

    public List<BeijingDistrict> getDistricts() {
        return List.of(BeijingDistrict.values());
    }

    public List<IpField> getAllIpFields() {
        return List.of(IpField.values());
    }
}
