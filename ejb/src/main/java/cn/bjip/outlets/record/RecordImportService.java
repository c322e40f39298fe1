package cn.bjip.outlets.record;

import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports service records from a spreadsheet for outlets that keep their ledger in one today: every row is checked
 * as if typed on the form; the report names each rejected row and field. Nothing is stored from a file with errors
 * unless the caller accepts its valid rows.
 */
@Stateless
public class RecordImportService {

    /** Rows one call takes: larger files are sent in parts, which lets the page show progress. */
    public static final int MAX_ROWS = 20_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private RecordFiller filler;

    @Inject
    private Event<RecordChanging> changing;

    @EJB
    private OutletService outlets;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    /** Checks every row, storing nothing. */
    @RolesAllowed(OUTLET_STAFF)
    public ImportReport check(@NotNull List<ImportRow> rows, Locale locale) {
        return run(rows, false, false, locale);
    }

    /**
     * Stores the rows: all of them, or, if any is invalid, none unless {@code acceptValidRows}, in which case the
     * valid ones. The report says what was stored and what was not.
     */
    @RolesAllowed(OUTLET_STAFF)
    public ImportReport store(@NotNull List<ImportRow> rows, boolean acceptValidRows, Locale locale) {
        return run(rows, true, acceptValidRows, locale);
    }

    private ImportReport run(List<ImportRow> rows, boolean store, boolean acceptValidRows, Locale locale) {
        if (rows.size() > MAX_ROWS) {
            throw new BusinessRuleViolation("import.tooManyRows", null, MAX_ROWS);
        }
        Outlet outlet = outlets.myOutlet();
        String me = caller.name();
        List<ServiceRecord> valid = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                ServiceRecord record = filler.newRecord(outlet, ImportColumns.read(row), me);
                changing.fire(new RecordChanging(outlet, record.getServiceDate()));
                valid.add(record);
            } catch (BusinessRuleViolation refused) {
                refused.all().forEach(v -> problems.add(new ImportReport.Problem(row.line(), v.field(), v.message(locale))));
            }
        }
        boolean storing = store && (problems.isEmpty() || acceptValidRows);
        if (storing) {
            valid.forEach(em::persist);
            audit.record("record.imported", "Outlet", outlet.getCode(), valid.size() + " of " + rows.size() + " rows");
        }
        return new ImportReport(rows.size(), valid.size(), storing ? valid.size() : 0, problems);
    }
}
