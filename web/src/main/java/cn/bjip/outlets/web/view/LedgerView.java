package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.record.RecordQuery;
import cn.bjip.outlets.record.RecordService;
import cn.bjip.outlets.record.RecordView;
import cn.bjip.outlets.supervision.Ledger;
import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.web.Allowed;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.Exports;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A quarter's work ledger: its figures and records; outlet staff submit it, center staff reopen it. */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    @EJB
    private LedgerService ledgers;

    @EJB
    private RecordService records;

    @EJB
    private OutletService outlets;

    @Inject
    private Exports export;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Allowed allowed;

    @Inject
    private Clock clock;

    private String outlet;
    private Integer year;
    private Integer quarter;
    private Ledger ledger;
    private PagedModel<RecordView> recordModel;
    private String remarks;
    private String reason;

    /** Loads {@code ?outlet=&year=&quarter=}; outlet staff default to their outlet and the last quarter that ended. */
    public void load() {
        try {
            if (outlet == null && allowed.get("outlet.OutletService.myOutlet")) {
                outlet = outlets.myOutlet().code();
            }
            if (year == null || quarter == null) {
                LedgerDue.Quarter last = LedgerDue.lastEnded(LocalDate.now(clock));
                year = last.year();
                quarter = last.quarter();
            }
            ledger = ledgers.ledger(outlet, year, quarter);
            remarks = ledger.remarks();
            var period = LedgerDue.quarter(year, quarter);
            RecordQuery query = RecordQuery.all().forOutlet(outlet).between(period.start(), period.endExclusive().minusDays(1));
            recordModel = new PagedModel<>((first, size) -> records.page(query, first, size));
        } catch (NotFound missing) {
            throw missing; // not there, or not the caller's: the portal's 404 page
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public String submit() {
        try {
            ledgers.submit(year, quarter, remarks);
            Messages.info("ledger.submittedInfo");
            return reload();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return null;
        }
    }

    public String reopen() {
        try {
            ledgers.reopen(outlet, year, quarter, reason);
            Messages.info("ledger.reopenedInfo");
            return reload();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return null;
        }
    }

    private String reload() {
        return "/app/ledger?faces-redirect=true&outlet=" + outlet + "&year=" + year + "&quarter=" + quarter;
    }

    public StreamedContent getExport() {
        String code = outlet;
        int y = year;
        int q = quarter;
        return DefaultStreamedContent.builder().name(Exports.fileName(code, y, q)).contentType(LedgerWorkbook.MEDIA_TYPE)
                .writer(out -> {
                    try {
                        export.write(code, y, q, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public Ledger getLedger() {
        return ledger;
    }

    public PagedModel<RecordView> getRecordModel() {
        return recordModel;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
