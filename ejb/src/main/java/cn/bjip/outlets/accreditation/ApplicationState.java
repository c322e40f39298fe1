package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands in the accreditation procedure (Art. 5): drafted and submitted by the institution,
 * administratively reviewed by the center (passed or returned), scored by experts, decided by the office.
 */
public enum ApplicationState {
    DRAFT("草稿", "Draft"),
    SUBMITTED("已提交", "Submitted"),
    RETURNED("已退回", "Returned"),
    IN_EXPERT_REVIEW("专家评审中", "In expert review"),
    SCORED("评审完成", "Scored"),
    ACCREDITED("已认定", "Accredited"),
    REJECTED("未认定", "Not accredited");

    private final LocalizedText label;

    ApplicationState(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** The states this one may move to; every other move is refused. */
    public Set<ApplicationState> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, IN_EXPERT_REVIEW);
            case IN_EXPERT_REVIEW -> EnumSet.of(SCORED);
            case SCORED -> EnumSet.of(ACCREDITED, REJECTED);
            case ACCREDITED, REJECTED -> EnumSet.noneOf(ApplicationState.class);
        };
    }

    public boolean canMoveTo(ApplicationState target) {
        return next().contains(target);
    }

    /** The applicant may still change the content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
