package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

@Named
@ViewScoped
public class OutletListView implements Serializable {

    @EJB
    private OutletService outlets;

    private final PagedModel<OutletView> model = new PagedModel<>((first, size) -> outlets.page(first, size));

    public PagedModel<OutletView> getModel() {
        return model;
    }
}
