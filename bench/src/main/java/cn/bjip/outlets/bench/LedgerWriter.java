package cn.bjip.outlets.bench;

import cn.bjip.outlets.bench.NetworkPlan.PlannedOutlet;
import cn.bjip.outlets.supervision.LedgerDue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

/** Quarterly ledgers: most outlets submit on time, some late, a few not at all. */
final class LedgerWriter {

    private final Connection db;
    private final Random random;

    LedgerWriter(Connection db, Random random) {
        this.db = db;
        this.random = random;
    }

    long write(NetworkPlan plan, LocalDate from, LocalDate to) throws SQLException {
        long id = 0;
        try (Copy copy = new Copy(db, "quarterly_ledger", "id, outlet_id, year, quarter, state, remarks, submitted_at,"
                + " submitted_by, reopened_at, reopened_by, reopen_reason, version")) {
            for (PlannedOutlet outlet : plan.outlets()) {
                for (LedgerDue.Quarter q = LedgerDue.quarterOf(from); LedgerDue.over(q.year(), q.quarter(), to); q = next(q)) {
                    double chance = random.nextDouble();
                    if (chance < 0.03) {
                        continue; // never submitted
                    }
                    LocalDate due = LedgerDue.dueOn(q.year(), q.quarter());
                    LocalDate submitted = chance < 0.10 ? due.plusDays(1 + random.nextInt(40)) : due.minusDays(random.nextInt(15));
                    if (submitted.isAfter(to)) {
                        continue;
                    }
                    copy.row(String.join(",", String.valueOf(++id), String.valueOf(outlet.id()), String.valueOf(q.year()),
                            String.valueOf(q.quarter()), "SUBMITTED", "", submitted + "T16:30:00+08:00", "generator", "", "", "", "0"));
                }
            }
        }
        return id;
    }

    private static LedgerDue.Quarter next(LedgerDue.Quarter q) {
        return q.quarter() == 4 ? new LedgerDue.Quarter(q.year() + 1, 1) : new LedgerDue.Quarter(q.year(), q.quarter() + 1);
    }
}
