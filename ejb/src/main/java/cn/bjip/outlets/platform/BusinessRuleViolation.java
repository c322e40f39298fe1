package cn.bjip.outlets.platform;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A request the domain refuses. Rolls the transaction back, so nothing is stored. Carries a message key
 * (bundle {@code cn.bjip.outlets.platform.messages}) and the field it concerns, so every client can say
 * what is wrong in the user's language.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

    private static final String BUNDLE = "cn.bjip.outlets.platform.messages";

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleViolation(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the violation concerns, or {@code null} when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    public String message(Locale locale) {
        // no fallback to the JVM's locale: anything but English gets the Chinese base bundle
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.SIMPLIFIED_CHINESE : locale,
                BusinessRuleViolation.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(messageKey), locale).format(arguments);
    }
}
