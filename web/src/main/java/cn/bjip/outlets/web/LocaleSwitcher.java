package cn.bjip.outlets.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: Chinese by default, English on request (P-4). */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
