package cn.bjip.outlets.audit;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * What Keycloak recorded about a sign-in or an account (RS-5, RS-6): a failed or successful sign-in, a lockout, a
 * change of someone's roles or attributes (such as {@code outlet_code}) by an administrator. {@code type} is
 * Keycloak's name of the event; {@link #typeLabel()} says it in words.
 */
public record SignInEvent(Instant at, String type, String username, String ipAddress, String error, String detail)
        implements Serializable {

    private static final Map<String, LocalizedText> TYPES = Map.ofEntries(
            Map.entry("LOGIN", LocalizedText.of("登录成功", "signed in")),
            Map.entry("LOGIN_ERROR", LocalizedText.of("登录失败", "sign-in failed")),
            Map.entry("USER_DISABLED_BY_TEMPORARY_LOCKOUT", LocalizedText.of("账号临时锁定", "account locked for a while")),
            Map.entry("USER_DISABLED_BY_PERMANENT_LOCKOUT", LocalizedText.of("账号永久锁定", "account locked")),
            Map.entry("UPDATE_PASSWORD", LocalizedText.of("修改密码", "password changed")),
            Map.entry("UPDATE_TOTP", LocalizedText.of("设置动态口令", "authenticator set up")),
            Map.entry("REMOVE_TOTP", LocalizedText.of("移除动态口令", "authenticator removed")),
            Map.entry("REGISTER", LocalizedText.of("注册账号", "account registered")),
            Map.entry("USER_CREATE", LocalizedText.of("管理员创建账号", "account created by an administrator")),
            Map.entry("USER_UPDATE", LocalizedText.of("管理员修改账号", "account changed by an administrator")),
            Map.entry("USER_DELETE", LocalizedText.of("管理员删除账号", "account deleted by an administrator")),
            Map.entry("USER_ACTION", LocalizedText.of("管理员操作账号", "account action by an administrator")),
            Map.entry("REALM_ROLE_MAPPING_CREATE", LocalizedText.of("授予角色", "role granted")),
            Map.entry("REALM_ROLE_MAPPING_DELETE", LocalizedText.of("撤销角色", "role withdrawn")),
            Map.entry("CLIENT_ROLE_MAPPING_CREATE", LocalizedText.of("授予应用角色", "client role granted")),
            Map.entry("CLIENT_ROLE_MAPPING_DELETE", LocalizedText.of("撤销应用角色", "client role withdrawn")));

    /** The event in words; one Keycloak adds later is shown by its name. */
    public LocalizedText typeLabel() {
        return TYPES.getOrDefault(type, LocalizedText.of(type, type));
    }
}
