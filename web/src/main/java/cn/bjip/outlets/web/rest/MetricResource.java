package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.ReportPeriod;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Metrics of an outlet, a network type or the whole network over a month, quarter or year ({@code period=2026-Q2}). */
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    @EJB
    private MetricService metrics;

    @GET
    @Path("outlets/{code}")
    public MetricReport outlet(@PathParam("code") String code, @QueryParam("period") String period,
                               @QueryParam("ipField") IpField ipField) {
        return metrics.forOutlet(code, ReportPeriod.parse(period), ipField);
    }

    @GET
    @Path("types/{type}")
    public MetricReport type(@PathParam("type") String type, @QueryParam("period") String period,
                             @QueryParam("ipField") IpField ipField) {
        return metrics.forNetworkType(type, ReportPeriod.parse(period), ipField);
    }

    @GET
    @Path("network")
    public MetricReport network(@QueryParam("period") String period, @QueryParam("ipField") IpField ipField) {
        return metrics.forNetwork(ReportPeriod.parse(period), ipField);
    }
}
