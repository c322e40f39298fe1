package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.StatementCount;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * On a server started with {@code -Dportal.statements.header=true} (the test run), every API answer says in
 * {@code X-Portal-Statements} how many SQL statements it took; elsewhere nothing is added.
 */
@Provider
public class StatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Portal-Statements";
    private static final boolean ON = Boolean.getBoolean("portal.statements.header");

    @Override
    public void filter(ContainerRequestContext request) {
        if (ON) {
            StatementCount.reset();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (ON) {
            response.getHeaders().putSingle(HEADER, String.valueOf(StatementCount.get()));
        }
    }
}
