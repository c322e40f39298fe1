package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlet picker of the admin forms: suggestions by code or name as the user types (a {@code p:autoComplete} whose
 * value is the outlet code). A typed code that matches nothing is the service's to refuse, by name.
 */
@Named
@RequestScoped
public class OutletPicker {

    @EJB
    private OutletService outlets;

    private final Map<String, String> names = new HashMap<>();

    public List<String> complete(String text) {
        List<OutletView> found = outlets.suggest(text);
        found.forEach(o -> names.put(o.code(), o.nameZh()));
        return found.stream().map(OutletView::code).toList();
    }

    /** The name of a suggested outlet, shown beside its code; the input itself takes the code. */
    public String name(String code) {
        return code == null ? "" : names.getOrDefault(code, "");
    }
}
