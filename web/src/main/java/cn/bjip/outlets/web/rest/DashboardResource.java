package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.supervision.Dashboard;
import cn.bjip.outlets.supervision.DashboardService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The network dashboard's figures, for the office and the center. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @EJB
    private DashboardService dashboards;

    @GET
    public Dashboard network() {
        return dashboards.network();
    }
}
