package cn.bjip.outlets.platform;

/** The Keycloak realm roles (REQUIREMENTS.md, "Actors"). */
public final class Roles {
    /** Beijing IP Office (北京市知识产权局). */
    public static final String OFFICE_ADMIN = "office-admin";
    /** Zhongguancun IP Promotion Center (中关村知识产权促进中心), day-to-day work. */
    public static final String CENTER_STAFF = "center-staff";
    /** Member of an expert review panel. */
    public static final String EXPERT = "expert";
    /** Staff of one outlet; bound to it by the {@code outlet_code} token claim. */
    public static final String OUTLET_STAFF = "outlet-staff";

    /** An institution's account applying for accreditation (anyone may register one on the Keycloak sign-in page). */
    public static final String APPLICANT = "applicant";

    /** The portal's own timers (reminders, expiry): never a Keycloak user's role, only a bean's {@code @RunAs}. */
    public static final String SYSTEM = "portal-system";

    private Roles() {
    }
}
