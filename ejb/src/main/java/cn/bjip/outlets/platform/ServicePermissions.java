package cn.bjip.outlets.platform;

import static cn.bjip.outlets.platform.Roles.APPLICANT;
import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the caller's roles let them call a service method, read from that method's own {@code @RolesAllowed} (or
 * its class's): so that a page offers a form or a button exactly when the service would take it, with one list of roles
 * per operation, the one the container enforces. Asked as {@code "supervision.GoalService.set"}; where a name is
 * overloaded, with the number of parameters: {@code "supervision.ComplianceService.open/2"}.
 */
@Stateless
@PermitAll
@DeclareRoles({OFFICE_ADMIN, CENTER_STAFF, EXPERT, OUTLET_STAFF, APPLICANT})
public class ServicePermissions {

    private static final Map<String, String[]> ROLES = new ConcurrentHashMap<>();

    @Resource
    private SessionContext context;

    public boolean allows(String operation) {
        return Arrays.stream(ROLES.computeIfAbsent(operation, ServicePermissions::rolesOf)).anyMatch(context::isCallerInRole);
    }

    private static String[] rolesOf(String operation) {
        String[] nameAndArity = operation.split("/");
        int dot = nameAndArity[0].lastIndexOf('.');
        try {
            Class<?> service = Class.forName("cn.bjip.outlets." + nameAndArity[0].substring(0, dot));
            String name = nameAndArity[0].substring(dot + 1);
            List<Method> methods = Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(name))
                    .filter(m -> nameAndArity.length == 1 || m.getParameterCount() == Integer.parseInt(nameAndArity[1]))
                    .toList();
            if (methods.size() != 1) {
                throw new IllegalArgumentException(methods.size() + " operations " + operation);
            }
            Method method = methods.get(0);
            RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                    : service.getAnnotation(RolesAllowed.class);
            return allowed == null ? new String[0] : allowed.value();
        } catch (ClassNotFoundException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("no operation " + operation, e);
        }
    }
}
