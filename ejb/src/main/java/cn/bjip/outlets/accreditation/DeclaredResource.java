package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.IpField;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A database or tool the institution uses for one IP field. */
@Embeddable
public class DeclaredResource implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    private IpField ipField;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ResourceKind kind;

    @NotBlank
    @Size(max = 200)
    private String name;

    public DeclaredResource() {
    }

    public DeclaredResource(IpField ipField, ResourceKind kind, String name) {
        this.ipField = ipField;
        this.kind = kind;
        this.name = name;
    }

    public IpField getIpField() {
        return ipField;
    }

    public void setIpField(IpField ipField) {
        this.ipField = ipField;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
