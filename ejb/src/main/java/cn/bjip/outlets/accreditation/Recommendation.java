package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.OutletView;
import java.time.Instant;

/** One outlet on a year's national recommendation list, with why and by whom. */
public record Recommendation(long id, int year, OutletView outlet, String reason, Instant recommendedAt,
                             String recommendedBy) {

    static Recommendation of(NationalRecommendation r) {
        return new Recommendation(r.getId(), r.getYear(), OutletView.of(r.getOutlet()), r.getReason(),
                r.getRecommendedAt(), r.getRecommendedBy());
    }
}
