package cn.bjip.outlets.plugin.spi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The record-core facts a plugin rule may look at beside its own fields: when, for how many, and at what fee. */
public record CoreFacts(LocalDate serviceDate, int beneficiaryCount, boolean charged, BigDecimal feeAmount) {

    /** Field keys of the core, for a {@link FieldProblem} about one of them. */
    public static final String SERVICE_DATE = "serviceDate";
    public static final String BENEFICIARY_COUNT = "beneficiaryCount";
    public static final String CHARGED = "charged";
    public static final String FEE_AMOUNT = "feeAmount";
}
