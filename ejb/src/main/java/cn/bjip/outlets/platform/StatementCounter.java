package cn.bjip.outlets.platform;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Hibernate's hook for every statement it prepares (persistence.xml): counts it in {@link StatementCount}. */
public class StatementCounter implements StatementInspector {

    @Override
    public String inspect(String sql) {
        StatementCount.increment();
        return sql;
    }
}
