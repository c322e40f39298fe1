package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.record.ImportColumns;
import cn.bjip.outlets.record.RecordCheck;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.ImportReport;
import cn.bjip.outlets.record.ImportTemplate;
import cn.bjip.outlets.record.RecordImportService;
import cn.bjip.outlets.record.RecordService;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.ImportTemplateFiles;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Outlet staff import service records from a spreadsheet: the file is checked first and the report shown; then all
 * rows, or only the valid ones if the user accepts that, are stored by the service while a progress bar follows it.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @EJB
    private RecordImportService imports;

    @EJB
    private RecordService records;

    @Inject
    private LocaleSwitcher locale;

    private List<RecordForm> forms;

    private String fileName;
    private byte[] file;
    /** The upload's idempotency key: storing it again after a failed chunk stores only the chunks not yet stored. */
    private String key;
    /** What the check of the upload found: whether only its valid rows are stored, and how many those are. */
    private boolean acceptValid;
    private int valid;
    private ImportReport report;
    private volatile int progress;
    private int imported;

    public void upload(FileUploadEvent event) {
        try {
            fileName = event.getFile().getFileName();
            file = event.getFile().getContent();
            key = UUID.randomUUID().toString();
            report = imports.check(fileName, file, locale.getLocale());
            acceptValid = !report.problems().isEmpty();
            valid = report.valid();
            progress = 0;
            imported = 0;
        } catch (BusinessRuleViolation refused) {
            file = null;
            Messages.refused(refused, locale.getLocale());
        }
    }

    /** Stores the checked file (its valid rows only, when it has errors); the progress bar follows the service. */
    public void store() {
        try {
            report = imports.store(fileName, file, acceptValid, key, locale.getLocale(),
                    done -> progress = (int) Math.min(100, done * 100L / Math.max(1, valid)));
            imported = report.imported();
            progress = (int) Math.min(100, imported * 100L / Math.max(1, valid));
            PrimeFaces.current().ajax().addCallbackParam("progress", progress);
            if (imported == valid) {
                file = null;
                Messages.info("import.doneInfo");
            } // else a chunk failed: storing again, with the same key, stores only the rows not stored yet
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    /** The core column names in the user's language, as the page lists them. */
    public String getColumns() {
        return ImportColumns.CORE.stream().map(key -> RecordCheck.label(key).in(locale.getLocale()))
                .collect(Collectors.joining("、"));
    }

    /** The forms the caller's outlet logs records with, each with its import template. */
    public List<RecordForm> getForms() {
        if (forms == null) {
            forms = records.formsForNewRecords();
        }
        return forms;
    }

    /** The template of a form as a download: {@code format} xlsx or csv. */
    public StreamedContent template(String formId, String format) throws IOException {
        Locale language = locale.getLocale();
        ImportTemplate template = imports.template(formId);
        boolean csv = format.equals("csv");
        byte[] bytes = csv ? ImportTemplateFiles.csv(template, language) : ImportTemplateFiles.xlsx(template, language);
        return DefaultStreamedContent.builder().name(ImportTemplateFiles.fileName(template, language, csv ? "csv" : "xlsx"))
                .contentType(csv ? ImportTemplateFiles.CSV : ImportTemplateFiles.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
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
        return report != null && file != null && report.valid() > 0;
    }
}
