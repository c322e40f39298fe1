package cn.bjip.outlets.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for machines, under /api; it takes Keycloak bearer tokens. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
