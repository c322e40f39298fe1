package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.PluginAdminService;
import cn.bjip.outlets.plugin.PluginStatus;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The plugin management page: installed types with their state, latest forms and metrics. */
@Named
@ViewScoped
public class PluginAdminView implements Serializable {

    @EJB
    private PluginAdminService admin;

    @Inject
    private LocaleSwitcher locale;

    private List<PluginStatus> plugins;

    @PostConstruct
    void load() {
        plugins = admin.overview();
    }

    public void setEnabled(String networkType, boolean enabled) {
        try {
            admin.setEnabled(networkType, enabled);
            Messages.info(enabled ? "plugin.enabledNow" : "plugin.disabledNow");
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
        load();
    }

    public List<PluginStatus> getPlugins() {
        return plugins;
    }
}
