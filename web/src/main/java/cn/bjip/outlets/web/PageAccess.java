package cn.bjip.outlets.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * Whether a page opens at all: {@code <f:viewAction action="#{pageAccess.require('outlet.ChangeFilingService.file')}"/>}
 * answers 403 unless the service would take at least one of the named operations from this user (ServicePermissions),
 * so that nobody is shown a page whose every action would be refused.
 */
@Named
@RequestScoped
public class PageAccess {

    @Inject
    private Allowed allowed;

    /** {@code operations}: one or more operation names, separated by spaces. */
    public void require(String operations) {
        if (Arrays.stream(operations.trim().split("\\s+")).noneMatch(allowed::get)) {
            throw new EJBAccessException("none of " + operations + " is allowed");
        }
    }
}
