package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.ServicePermissions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the page may offer: {@code #{allowed['supervision.GoalService.set']}} is true when the service would take
 * that call from this user ({@link ServicePermissions}). Pages ask this, never a role name.
 */
@Named
@RequestScoped
public class Allowed extends AbstractMap<String, Boolean> {

    @EJB
    private ServicePermissions permissions;

    private final Map<String, Boolean> asked = new HashMap<>();

    @Override
    public Boolean get(Object operation) {
        return asked.computeIfAbsent(String.valueOf(operation), permissions::allows);
    }

    @Override
    public Set<Entry<String, Boolean>> entrySet() {
        return asked.entrySet();
    }
}
