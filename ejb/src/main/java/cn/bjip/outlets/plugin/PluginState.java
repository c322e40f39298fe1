package cn.bjip.outlets.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Whether a network type takes new service records (P-3); a type without a row does. */
@Entity
public class PluginState {

    @Id
    private String networkType;

    private boolean enabled;

    @Column(nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String changedBy;

    protected PluginState() {
    }

    PluginState(String networkType) {
        this.networkType = networkType;
        this.enabled = true;
    }

    void set(boolean enabled, Instant at, String by) {
        this.enabled = enabled;
        this.changedAt = at;
        this.changedBy = by;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
