package cn.bjip.outlets.supervision;

import cn.bjip.outlets.plugin.spi.MetricDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The network at a glance for the office and the center: listed outlets by type and district, their standing,
 * the last quarter's ledgers by type, open rectifications, service records over the last four quarters, and the
 * progress toward this year's type-wide goals.
 */
public record Dashboard(LedgerDue.Quarter quarter, Map<String, Long> listedByType, Map<String, Long> listedByDistrict,
                        Standing standing, List<LedgerCount> ledgers, long openRectifications, long overdueRectifications,
                        List<QuarterRecords> trend, List<GoalLine> goals) {

    /**
     * A type-wide goal of this year and how far the type's listed outlets are toward it together: their metric
     * value against the target times their number.
     */
    public record GoalLine(String networkType, MetricDefinition metric, BigDecimal targetPerOutlet, long outlets,
                           BigDecimal actual) {
        public Integer percent() {
            BigDecimal whole = targetPerOutlet.multiply(BigDecimal.valueOf(outlets));
            if (actual == null || whole.signum() == 0) {
                return null;
            }
            return actual.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.DOWN).intValue();
        }
    }

    /** How many outlets are listed, expire within 90 days, have expired, were disqualified or revoked. */
    public record Standing(long listed, long expiringSoon, long expired, long disqualified, long revoked) {
    }

    /** For one network type: its listed outlets and how many submitted the quarter's ledger. */
    public record LedgerCount(String networkType, long outlets, long submitted) {
        public int percent() {
            return outlets == 0 ? 0 : (int) (submitted * 100 / outlets);
        }
    }

    /** Service records and beneficiaries of one quarter, network-wide. */
    public record QuarterRecords(int year, int quarter, long records, long beneficiaries) {
    }
}
