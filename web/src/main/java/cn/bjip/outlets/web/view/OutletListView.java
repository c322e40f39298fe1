package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

@Named
@ViewScoped
public class OutletListView implements Serializable {

    @EJB
    private transient OutletService outlets;

    private final PagedModel<Outlet> model = new PagedModel<>((first, size) -> outlets.page(first, size));

    public PagedModel<Outlet> getModel() {
        return model;
    }
}
