/**
 * Network-type plugins at run time: which are installed (found through {@code ServiceLoader}), which are enabled for
 * new records, and the versions of their record forms (relabelled, reordered, retired or extended fields).
 *
 * <p>Invariants: a plugin whose declarations are inconsistent is refused at deployment; a form revision never
 * changes the version a stored record was entered with, and a retired field is never revived.
 *
 * <p>Callers: every service that needs a type's forms or metrics; {@code PluginAdminService} for center staff and the
 * office. Nothing about one network type is written here: it lives in its module under {@code portal-plugins/}.
 */
package cn.bjip.outlets.plugin;
