package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.record.ImportColumns;
import cn.bjip.outlets.record.ImportReport;
import cn.bjip.outlets.record.ImportRow;
import cn.bjip.outlets.record.RecordImportService;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.ImportFiles;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Outlet staff import service records from a spreadsheet: the file is checked first and the report shown; then all
 * rows, or only the valid ones if the user accepts that, are stored in parts while a progress bar follows.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    static final int PART = 1000;

    @EJB
    private transient RecordImportService imports;

    @Inject
    private LocaleSwitcher locale;

    private List<ImportRow> rows = List.of();
    private ImportReport report;
    private volatile int progress;
    private int imported;

    public void upload(FileUploadEvent event) {
        try {
            rows = ImportFiles.read(event.getFile().getFileName(), event.getFile().getContent());
            report = imports.check(rows, locale.getLocale());
            progress = 0;
            imported = 0;
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (IOException unreadable) {
            Messages.error(unreadable.getMessage());
        }
    }

    /** Stores the checked rows in parts of {@value #PART}; valid ones only when the file has errors. */
    public void store() {
        boolean acceptValid = !report.problems().isEmpty();
        imported = 0;
        try {
            for (int from = 0; from < rows.size(); from += PART) {
                List<ImportRow> part = rows.subList(from, Math.min(rows.size(), from + PART));
                imported += imports.store(part, acceptValid, locale.getLocale()).imported();
                progress = (int) Math.min(100, (from + part.size()) * 100L / rows.size());
            }
            progress = 100;
            Messages.info("import.doneInfo");
            rows = List.of();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    /** The core column names, as the page lists them. */
    public String getColumns() {
        return String.join(", ", ImportColumns.CORE);
    }

    public ImportReport getReport() {
        return report;
    }

    public int getProgress() {
        return progress;
    }

    public int getImported() {
        return imported;
    }

    public boolean isStorable() {
        return report != null && !rows.isEmpty() && report.valid() > 0;
    }
}
