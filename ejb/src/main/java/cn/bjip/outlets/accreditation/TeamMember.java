package cn.bjip.outlets.accreditation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A member of the institution's IP information service team (Art. 4 (2)). */
@Embeddable
public class TeamMember implements Serializable {

    @NotBlank
    @Size(max = 100)
    private String name;

    @Size(max = 100)
    private String title;

    private boolean fullTime;

    @Min(0)
    @Max(60)
    private int experienceYears;

    public TeamMember() {
    }

    public TeamMember(String name, String title, boolean fullTime, int experienceYears) {
        this.name = name;
        this.title = title;
        this.fullTime = fullTime;
        this.experienceYears = experienceYears;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isFullTime() {
        return fullTime;
    }

    public void setFullTime(boolean fullTime) {
        this.fullTime = fullTime;
    }

    public int getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(int experienceYears) {
        this.experienceYears = experienceYears;
    }
}
