package cn.bjip.outlets.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bjip.outlets.plugin.spi.MetricDefinition;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-8.1")
class MetricSqlTest {

    @Test
    @DisplayName("R-8.1 declared metrics become one select list of filtered aggregates, every name a bind parameter")
    void selectList() {
        MetricSql sql = new MetricSql(List.of(
                MetricDefinition.count("events", "场次", "Events", "outreachEvent"),
                MetricDefinition.sum("people", "人次", "People", "outreachEvent", "attendance").where("eventKind", "exhibition"),
                MetricDefinition.ratio("perEvent", "场均", "Per event", "people", "events"),
                MetricDefinition.distinctCount("venues", "场地", "Venues", null, "venue"),
                MetricDefinition.sum("served", "受益", "Served", null, "beneficiaryCount")));
        assertEquals("count(*) filter (where form_id = ?1), "
                + "coalesce(sum(cast(data ->> ?5 as numeric)) filter (where form_id = ?2 and data ->> ?3 = ?4), 0), "
                + "count(distinct data ->> ?6), coalesce(sum(beneficiary_count), 0)", sql.selectList());
        assertEquals(List.of("outreachEvent", "outreachEvent", "eventKind", "exhibition", "attendance", "venue"),
                sql.parameters());
    }
}
