package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.ListedOutlet;
import cn.bjip.outlets.plugin.PluginService;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One outlet of the public directory (its detail page): what it offers and how to reach it; 404 if not listed. */
@Named
@ViewScoped
public class DirectoryEntryView implements Serializable {

    @EJB
    private DirectoryService directory;

    @EJB
    private PluginService plugins;

    private String code;
    private ListedOutlet outlet;

    public void load() {
        outlet = directory.listedOne(code); // not listed: the portal's 404 page
    }

    /** The services its network type records (its record forms), as the public reads them. */
    public List<LocalizedText> getServices() {
        return plugins.find(outlet.networkType()).map(p -> p.recordForms().stream().map(RecordForm::title).toList())
                .orElse(List.of());
    }

    public ListedOutlet getOutlet() {
        return outlet;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
