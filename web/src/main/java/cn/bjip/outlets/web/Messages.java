package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.ResourceBundle;

/** Puts messages on the page: the service layer's refusals, each naming its field, and confirmations. */
public final class Messages {

    private Messages() {
    }

    public static void refused(BusinessRuleViolation refused, Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (BusinessRuleViolation violation : refused.all()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(locale), null));
        }
        faces.validationFailed();
    }

    /** A confirmation from the page bundle; kept across a redirect. */
    public static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString(key), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Bean Validation refusals of the service layer, each with the property it concerns. */
    public static void invalid(ConstraintViolationException invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        invalid.getConstraintViolations().forEach(v -> faces.addMessage(null, new FacesMessage(
                FacesMessage.SEVERITY_ERROR, field(v.getPropertyPath().toString()) + ": " + v.getMessage(), null)));
        faces.validationFailed();
    }

    public static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** The property a method-validation path ends in: {@code save.arg2.team[0].name} becomes {@code team[0].name}. */
    private static String field(String path) {
        return path.replaceFirst("^[^.]+\\.arg\\d+\\.?", "");
    }
}
