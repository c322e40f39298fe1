package cn.bjip.outlets.platform;

/**
 * What the caller asked for does not exist, or is not theirs to see: the two are told apart for nobody, so an
 * outlet cannot probe another outlet's record ids.
 */
public class NotFound extends BusinessRuleViolation {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
