package cn.bjip.outlets.audit;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit trail's actions and object kinds are called, in both languages: the trail keeps the program's names
 * (they are part of each row's hash), the office reads these (UX-3). {@code AuditWordsTest} checks that every action
 * the code records has one.
 */
public final class AuditWords {

    private static final Map<String, LocalizedText> ACTIONS = Map.ofEntries(
            entry("access.denied", "访问被拒绝", "Access denied"),
            entry("account.boundToOutlet", "账号绑定为网点工作人员", "Account made outlet staff"),
            entry("account.unboundFromOutlet", "解除网点工作人员账号", "Outlet staff accounts unbound"),
            entry("application.created", "新建申报书", "Application started"),
            entry("application.saved", "保存申报书", "Application saved"),
            entry("application.document.added", "上传申报材料", "Application document added"),
            entry("application.document.removed", "删除申报材料", "Application document removed"),
            entry("application.documentDownloaded", "下载申报材料", "Application document downloaded"),
            entry("application.expertAssigned", "指派评审专家", "Expert assigned"),
            entry("application.draft", "申报书退为草稿", "Application back to draft"),
            entry("application.submitted", "提交申报书", "Application submitted"),
            entry("application.returned", "退回申报书", "Application returned"),
            entry("application.in_expert_review", "转入专家评审", "Passed to expert review"),
            entry("application.scored", "评审完成", "Scoring completed"),
            entry("application.accredited", "予以认定", "Accredited"),
            entry("application.rejected", "不予认定", "Not accredited"),
            entry("expert.registered", "专家入库", "Expert added to the panel"),
            entry("expert.conflictDeclared", "专家申报利益冲突", "Conflict of interest declared"),
            entry("export.ledger", "导出工作台账", "Ledger exported"),
            entry("export.ledgerOverview", "导出台账报送情况", "Ledger overview exported"),
            entry("export.records", "导出服务记录", "Service records exported"),
            entry("export.audit", "导出审计日志", "Audit trail exported"),
            entry("export.recommendations", "导出推荐名单", "Recommendation list exported"),
            entry("export.yearFigures", "导出年度数据", "Year figures exported"),
            entry("form.revised", "修订登记表单", "Form revised"),
            entry("plugin.enabled", "启用网点类型", "Network type enabled"),
            entry("plugin.disabled", "停用网点类型", "Network type disabled"),
            entry("sheet.saved", "保存评分表", "Score sheet saved"),
            entry("sheet.submitted", "提交评分表", "Score sheet submitted"),
            entry("goal.set", "设定工作目标", "Goal set"),
            entry("goal.removed", "删除工作目标", "Goal removed"),
            entry("ledger.submitted", "报送工作台账", "Ledger submitted"),
            entry("ledger.reopened", "退回工作台账", "Ledger reopened"),
            entry("notice.published", "发布通知", "Notice published"),
            entry("outlet.created", "登记网点", "Outlet registered"),
            entry("outlet.renewed", "网点续展", "Outlet renewed"),
            entry("outlet.changeFiled", "提交变更备案", "Change filed"),
            entry("outlet.changeApproved", "批准变更备案", "Change approved"),
            entry("outlet.changeRejected", "驳回变更备案", "Change rejected"),
            entry("outlet.recommended", "推荐为国家网点", "Recommended to the national list"),
            entry("outlet.recommendationWithdrawn", "撤回推荐", "Recommendation withdrawn"),
            entry("outlet.disqualified", "取消网点资格", "Outlet disqualified"),
            entry("outlet.revoked", "撤销网点资格", "Outlet revoked"),
            entry("record.created", "登记服务记录", "Service record created"),
            entry("record.updated", "修改服务记录", "Service record changed"),
            entry("record.deleted", "删除服务记录", "Service record deleted"),
            entry("record.imported", "导入服务记录", "Service records imported"),
            entry("rectification.opened", "下达整改", "Rectification opened"),
            entry("rectification.answered", "报送整改措施", "Rectification answered"),
            entry("rectification.resolved", "整改完成", "Rectification resolved"),
            entry("round.opened", "开启认定轮次", "Accreditation round opened"),
            entry("round.scoringClosed", "结束专家评分", "Scoring closed"),
            entry("summary.submitted", "提交年度总结", "Year-end summary submitted"),
            entry("summary.documentAttached", "上传年度总结附件", "Summary document attached"),
            entry("summary.documentDownloaded", "下载年度总结附件", "Summary document downloaded"));

    private static final Map<String, LocalizedText> OBJECTS = Map.ofEntries(
            entry("AccreditationRound", "认定轮次", "Accreditation round"),
            entry("AnnualGoal", "工作目标", "Goal"),
            entry("AuditTrail", "审计日志", "Audit trail"),
            entry("Application", "申报书", "Application"),
            entry("Expert", "专家", "Expert"),
            entry("Notice", "通知", "Notice"),
            entry("Operation", "操作", "Operation"),
            entry("Outlet", "网点", "Outlet"),
            entry("Plugin", "网点类型", "Network type"),
            entry("Quarter", "季度", "Quarter"),
            entry("RecordForm", "登记表单", "Record form"),
            entry("ScoreSheet", "评分表", "Score sheet"),
            entry("ServiceRecord", "服务记录", "Service record"),
            entry("Year", "年度", "Year"));

    private AuditWords() {
    }

    /** Every action the trail records, by its program's name. */
    public static List<String> actions() {
        return ACTIONS.keySet().stream().sorted().toList();
    }

    /** Every kind of object the trail names, by its program's name. */
    public static List<String> objects() {
        return OBJECTS.keySet().stream().sorted().toList();
    }

    /** The action's name; the program's name itself for an action recorded before it had one. */
    public static LocalizedText action(String action) {
        return known(action).orElse(LocalizedText.of(action, action));
    }

    public static Optional<LocalizedText> known(String action) {
        return Optional.ofNullable(ACTIONS.get(action));
    }

    public static LocalizedText object(String entityType) {
        return OBJECTS.getOrDefault(entityType, LocalizedText.of(entityType, entityType));
    }

    static boolean knowsObject(String entityType) {
        return OBJECTS.containsKey(entityType);
    }

    private static Map.Entry<String, LocalizedText> entry(String key, String zh, String en) {
        return Map.entry(key, LocalizedText.of(zh, en));
    }
}
