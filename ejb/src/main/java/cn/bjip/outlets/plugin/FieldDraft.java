package cn.bjip.outlets.plugin;

import cn.bjip.outlets.plugin.spi.FieldType;

/**
 * One row of a form as staff adjust it on the plugin page: an existing field (relabelled, retired or moved) or a new
 * optional one ({@code type} is read for new fields only). The order of the rows is the new order of the form.
 */
public record FieldDraft(String key, FieldType type, String labelZh, String labelEn, boolean retired) {
}
