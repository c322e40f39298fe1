package cn.bjip.outlets.platform;

/** Someone changed the object since the caller read it (optimistic locking); the caller must reload. */
public class StaleVersion extends BusinessRuleViolation {

    public StaleVersion(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
