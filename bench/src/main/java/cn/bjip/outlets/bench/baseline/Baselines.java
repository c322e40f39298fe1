package cn.bjip.outlets.bench.baseline;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * PF-1's baselines: a hello, and the row {@code POST /api/records} stores, inserted bare — the same table, triggers,
 * row-level security and transaction, without the portal's sign-in, checks, audit chain and answer.
 */
@Path("")
@Stateless
public class Baselines {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource portal;

    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello";
    }

    /** Inserts the record the bench posts, for outlet {@code outlet} with summary {@code marker}. */
    @POST
    @Path("records")
    public Response insert(@QueryParam("outlet") String outlet, @QueryParam("marker") String marker) throws SQLException {
        try (Connection db = portal.getConnection();
             PreparedStatement scope = db.prepareStatement("SELECT set_config('portal.outlet', (SELECT cast(id AS text)"
                     + " FROM outlet WHERE code = ?), true)");
             PreparedStatement insert = db.prepareStatement("INSERT INTO service_record (id, outlet_id, network_type, form_id,"
                     + " form_version, service_kind, ip_mask, service_date, beneficiary_kind, beneficiary_count, charged, summary,"
                     + " data, created_at, created_by, version) SELECT nextval('service_record_seq'), id, network_type,"
                     + " 'referenceConsultation', 1, 'AFFAIRS_CONSULTATION', 1, ?, 'PUBLIC', 1, false, ?,"
                     + " '{\"topic\":\"专利检索\",\"channel\":\"phone\",\"questions\":2}', now(), 'bench', 0 FROM outlet WHERE code = ?")) {
            scope.setString(1, outlet);
            scope.executeQuery().close();
            insert.setObject(1, LocalDate.now());
            insert.setString(2, marker);
            insert.setString(3, outlet);
            return insert.executeUpdate() == 1 ? Response.status(Response.Status.CREATED).build()
                    : Response.status(Response.Status.NOT_FOUND).build();
        }
    }
}
