package cn.bjip.outlets.accreditation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An expert to put on the panel: their Keycloak user name, name and institution. */
public record NewExpert(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 100) String name,
                        @NotBlank @Size(max = 200) String affiliation) {
}
