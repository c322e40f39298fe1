package cn.bjip.outlets.platform;

import jakarta.ejb.ApplicationException;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A request the domain refuses. Rolls the transaction back, so nothing is stored. Carries a message key
 * (bundle {@code cn.bjip.outlets.platform.messages}) and the field it concerns, so every client can say
 * what is wrong in the user's language. Arguments that are {@link LocalizedText} (a field's label) are shown in
 * that language too. One violation may carry others, so that a form learns every problem at once.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

    private static final String BUNDLE = "cn.bjip.outlets.platform.messages";

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;
    private final List<BusinessRuleViolation> others = new ArrayList<>();

    public BusinessRuleViolation(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    /** One violation that carries all of {@code violations} (at least one). */
    public static BusinessRuleViolation of(List<BusinessRuleViolation> violations) {
        BusinessRuleViolation first = violations.get(0);
        first.others.addAll(violations.subList(1, violations.size()));
        return first;
    }

    /** This violation and the ones it carries. */
    public List<BusinessRuleViolation> all() {
        List<BusinessRuleViolation> all = new ArrayList<>(List.of(this));
        all.addAll(others);
        return all;
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
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> argument instanceof LocalizedText text ? text.in(locale) : argument).toArray();
        return new MessageFormat(bundle.getString(messageKey), locale).format(shown);
    }
}
