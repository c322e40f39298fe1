package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.DocumentView;
import cn.bjip.outlets.platform.Download;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.ReportPeriod;
import cn.bjip.outlets.supervision.SummaryService;
import cn.bjip.outlets.supervision.SummaryStatus;
import cn.bjip.outlets.supervision.YearEndSummary;
import cn.bjip.outlets.web.Allowed;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.Exports;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Outlet staff write and submit the year-end summary; center staff and the office see who has. */
@Named
@ViewScoped
public class SummaryView implements Serializable {

    @EJB
    private SummaryService summaries;

    @EJB
    private MetricService metrics;

    @EJB
    private OutletService outlets;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Allowed allowed;

    @Inject
    private Clock clock;

    @Inject
    private Exports export;

    private int year;
    private YearEndSummary summary;
    private String achievements;
    private String problems;
    private String plans;
    private PagedModel<SummaryStatus> overview;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    public void load() {
        if (allowed.get("supervision.SummaryService.mine")) {
            summary = summaries.mine(year);
            achievements = summary.achievements();
            problems = summary.problems();
            plans = summary.plans();
        } else {
            int y = year;
            overview = new PagedModel<>((first, size) -> summaries.overview(y, first, size));
        }
    }

    public void save() {
        run(false);
    }

    public void submit() {
        run(true);
    }

    private void run(boolean submit) {
        try {
            summary = submit ? summaries.submit(year, achievements, problems, plans)
                    : summaries.save(year, achievements, problems, plans);
            Messages.info(submit ? "summary.submittedInfo" : "summary.savedInfo");
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public void attach(FileUploadEvent event) {
        try {
            summaries.attach(year, event.getFile().getFileName(), event.getFile().getContent());
            Messages.info("application.documentAdded");
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public List<DocumentView> getDocuments() {
        return summary == null ? List.of() : summaries.documents(year);
    }

    /** The year's figures, filled in by the portal from the records. */
    public MetricReport getFigures() {
        return summary == null ? null : metrics.forOutlet(outlets.myOutlet().code(), ReportPeriod.year(year), null);
    }

    /** The year's figures and records as Excel, to go with the summary. */
    /** An attachment of the summary, as a download. */
    public StreamedContent download(long documentId) {
        Download download = summaries.download(documentId);
        return DefaultStreamedContent.builder().name(download.document().fileName())
                .contentType(download.document().mediaType())
                .stream(() -> new java.io.ByteArrayInputStream(download.bytes())).build();
    }

    public StreamedContent getExport() {
        String code = outlets.myOutlet().code();
        int y = year;
        return DefaultStreamedContent.builder().name("figures-" + code + "-" + y + ".xlsx").contentType(LedgerWorkbook.MEDIA_TYPE)
                .writer(out -> {
                    try {
                        export.writeYear(code, y, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public LocalDate getDueOn() {
        return YearEndSummary.dueOn(year);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public YearEndSummary getSummary() {
        return summary;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getPlans() {
        return plans;
    }

    public void setPlans(String plans) {
        this.plans = plans;
    }

    public PagedModel<SummaryStatus> getOverview() {
        return overview;
    }
}
