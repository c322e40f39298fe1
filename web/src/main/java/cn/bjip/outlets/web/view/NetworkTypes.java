package cn.bjip.outlets.web.view;

import cn.bjip.outlets.plugin.PluginService;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import cn.bjip.outlets.web.LocaleSwitcher;

/** The installed network types, for pages that list them or label outlets with their type. */
@Named
@RequestScoped
public class NetworkTypes {

    @EJB
    private PluginService plugins;

    @Inject
    private LocaleSwitcher locale;

    public List<NetworkTypePlugin> getInstalled() {
        return plugins.installed();
    }

    /** The title of a type's form in the session language; the raw id if the form is gone. */
    public String formTitle(String networkType, String formId) {
        return formTitle(networkType, formId, locale.getLocale());
    }

    private String formTitle(String networkType, String formId, Locale in) {
        return plugins.find(networkType).flatMap(p -> p.recordForms().stream().filter(f -> f.id().equals(formId)).findFirst())
                .map(f -> f.title().in(in)).orElse(formId);
    }

    /** The type's name in the session language; the raw id if its plugin is gone. */
    public String name(String networkType) {
        return plugins.find(networkType).map(p -> p.name().in(locale.getLocale())).orElse(networkType);
    }

    /** The type's Chinese name, for documents filed with the authorities. */
    public String nameInChinese(String networkType) {
        return plugins.find(networkType).map(p -> p.name().zh()).orElse(networkType);
    }
}
