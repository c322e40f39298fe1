package cn.bjip.outlets.outlet;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** A public announcement of a change to the outlet list: the outlet as it was named then, and what happened. */
@Entity
public class ListChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    private ListChangeKind kind;

    private String outletCode;
    private String outletName;
    private String outletNameEn;
    private String networkType;
    private String detail;
    private String detailEn;

    protected ListChange() {
    }

    /** {@code detail} in both languages, or none. */
    public ListChange(LocalDate effectiveOn, ListChangeKind kind, Outlet outlet, LocalizedText detail) {
        this.effectiveOn = effectiveOn;
        this.kind = kind;
        this.outletCode = outlet.getCode();
        this.outletName = outlet.getNameZh();
        this.outletNameEn = outlet.getNameEn();
        this.networkType = outlet.getNetworkType();
        this.detail = detail == null ? null : shortened(detail.zh());
        this.detailEn = detail == null ? null : shortened(detail.en());
    }

    /** A text someone typed, shown as typed in either language. */
    public static LocalizedText typed(String text) {
        return text == null || text.isBlank() ? null : LocalizedText.of(text, text);
    }

    private static String shortened(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public ListChangeKind getKind() {
        return kind;
    }

    public String getOutletCode() {
        return outletCode;
    }

    public String getOutletName() {
        return outletName;
    }

    public String getOutletNameEn() {
        return outletNameEn;
    }

    public String getNetworkType() {
        return networkType;
    }

    public String getDetail() {
        return detail;
    }

    public String getDetailEn() {
        return detailEn;
    }
}
