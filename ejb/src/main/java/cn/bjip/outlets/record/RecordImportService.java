package cn.bjip.outlets.record;

import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.Idempotency;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.plugin.FormDirectory;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Imports service records from a CSV or Excel file, for outlets that keep their ledger in one today. Only
 * outlet staff may send a file, and the role is checked before a byte of it is read. Every row is checked as if typed
 * on the form, with the outlet's forms and locked quarters looked up once per file; the report names each rejected
 * row and field. Nothing is stored from a file with errors unless the caller accepts its valid rows; the valid rows
 * are stored in chunks of {@value #CHUNK}, each in a transaction of its own, and if one fails the report says which
 * rows were stored before it. The checks read in the import's own transaction, so row-level security sees the
 * caller's outlet (a read outside one would find no locked quarter at all). An import sent again with the same
 * {@code Idempotency-Key} and file stores only the chunks the first attempt did not, and answers as it would have.
 */
@Stateless
public class RecordImportService {

    /** Rows one file may hold. */
    public static final int MAX_ROWS = 20_000;

    /** Rows stored in one transaction. */
    static final int CHUNK = 1_000;

    @Inject
    private RecordFiller filler;

    @Inject
    private RecordLocks locks;

    @EJB
    private RecordStore store;

    @Inject
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @Inject
    private FormDirectory forms;

    @Inject
    private Clock clock;

    /** The import template of one of the forms the caller's outlet logs new records with. */
    @RolesAllowed(OUTLET_STAFF)
    public ImportTemplate template(String formId) {
        RecordForm form = forms.openForNewRecords(scope.mine().getNetworkType()).stream().filter(f -> f.id().equals(formId))
                .findFirst().orElseThrow(() -> new NotFound("record.form.unknown", String.valueOf(formId)));
        return ImportTemplate.of(form, LocalDate.now(clock));
    }

    /** Checks every row of the file, storing nothing. */
    @RolesAllowed(OUTLET_STAFF)
    public ImportReport check(String fileName, byte[] file, Locale locale) {
        return checked(rows(file), locale).report(0);
    }

    /**
     * Stores the file's rows: all of them, or, if any is invalid, none unless {@code acceptValidRows}, in which case
     * the valid ones. {@code progress} hears how many rows are done after each chunk. With {@code idempotencyKey} (null:
     * none) a chunk stored by an earlier attempt with the same key and file is not stored again.
     */
    @RolesAllowed(OUTLET_STAFF)
    public ImportReport store(String fileName, byte[] file, boolean acceptValidRows, String idempotencyKey, Locale locale,
                              IntConsumer progress) {
        Checked checked = checked(rows(file), locale);
        if (!checked.problems().isEmpty() && !acceptValidRows) {
            return checked.report(0);
        }
        // a clean file is the same request whether or not its sender accepts valid rows only
        String request = idempotencyKey == null ? null
                : Idempotency.fingerprint(List.of(acceptValidRows && !checked.problems().isEmpty(), file));
        int stored = 0;
        List<Valid> valid = checked.valid();
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<Valid> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            // a chunk is its rows' file lines too: if a retry finds other rows valid, it is refused, never skipped
            String fingerprint = request == null ? null
                    : Idempotency.fingerprint(List.of(request, chunk.stream().map(Valid::line).toList()));
            try {
                stored += store.store(chunk.stream().map(Valid::record).toList(), chunk.get(0).line(),
                        chunk.get(chunk.size() - 1).line(), idempotencyKey, from / CHUNK, fingerprint);
            } catch (BusinessRuleViolation refused) {
                if (from == 0) {
                    throw refused; // the key: nothing stored, the request refused as a whole
                }
                return failed(checked, chunk, stored, refused.message(locale), locale);
            } catch (RuntimeException failed) {
                return failed(checked, chunk, stored, null, locale);
            }
            progress.accept(from + chunk.size());
        }
        return checked.report(stored);
    }

    /** The report of an import whose {@code chunk} failed after {@code stored} rows, saying why when it is known. */
    private static ImportReport failed(Checked checked, List<Valid> chunk, int stored, String why, Locale locale) {
        List<ImportReport.Problem> problems = new ArrayList<>(checked.problems());
        String failed = new BusinessRuleViolation("import.chunkFailed", null, chunk.get(0).line(),
                chunk.get(chunk.size() - 1).line(), stored).message(locale);
        problems.add(new ImportReport.Problem(chunk.get(0).line(), null, "", why == null ? failed : failed + " " + why));
        return new ImportReport(checked.rows(), checked.valid().size(), stored, problems, checked.preview());
    }

    private static List<ImportRow> rows(byte[] file) {
        List<ImportRow> rows;
        try {
            rows = ImportFiles.read(file == null ? new byte[0] : file, MAX_ROWS);
        } catch (BusinessRuleViolation beyondABound) {
            throw beyondABound;
        } catch (IOException | RuntimeException unreadable) {
            throw new BusinessRuleViolation("import.unreadable", null);
        }
        if (rows.isEmpty()) {
            throw new BusinessRuleViolation("import.empty", null);
        }
        return rows;
    }

    private Checked checked(List<ImportRow> rows, Locale locale) {
        Outlet outlet = scope.mine();
        RecordFiller.Batch batch = filler.batch(outlet);
        Predicate<LocalDate> locked = locks.lockedDays(outlet);
        String me = caller.name();
        List<Valid> valid = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<RecordForm> forms = batch.forms();
        ImportWords words = new ImportWords(forms, locale);
        List<ImportReport.Preview> preview = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportColumns.Read read = ImportColumns.read(row, forms);
            List<BusinessRuleViolation> rowProblems = new ArrayList<>(read.problems());
            ServiceRecord record = null;
            try {
                record = batch.newRecord(read.input(), me);
                if (locked.test(record.getServiceDate())) {
                    locks.refuseChange(outlet, record.getServiceDate());
                }
            } catch (BusinessRuleViolation refused) {
                // a cell that could not be read is reported once, not again as missing
                refused.all().stream().filter(v -> v.field() == null || rowProblems.stream().noneMatch(p -> v.field().equals(p.field())))
                        .forEach(rowProblems::add);
            }
            if (rowProblems.isEmpty()) {
                valid.add(new Valid(row.line(), record));
                if (preview.size() < ImportReport.PREVIEW_ROWS) {
                    preview.add(words.preview(row.line(), record));
                }
            } else {
                String formId = read.input().formId();
                rowProblems.forEach(v -> problems.add(new ImportReport.Problem(row.line(), v.field(),
                        words.column(v.field(), formId), v.message(locale))));
            }
        }
        return new Checked(rows.size(), valid, problems, preview);
    }

    private record Valid(int line, ServiceRecord record) {
    }

    private record Checked(int rows, List<Valid> valid, List<ImportReport.Problem> problems,
                           List<ImportReport.Preview> preview) {
        ImportReport report(int stored) {
            return new ImportReport(rows, valid.size(), stored, problems, preview);
        }
    }
}
