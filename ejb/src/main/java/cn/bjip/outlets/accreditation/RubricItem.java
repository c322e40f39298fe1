package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One line of a round's scoring rubric: what the experts score and the most points it can get. */
@Embeddable
public class RubricItem implements Serializable {

    @NotBlank
    @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}")
    private String itemKey;

    @NotBlank
    @Size(max = 200)
    private String labelZh;

    @NotBlank
    @Size(max = 200)
    private String labelEn;

    @Min(1)
    @Max(100)
    private int maxScore;

    public RubricItem() {
    }

    public RubricItem(String itemKey, String labelZh, String labelEn, int maxScore) {
        this.itemKey = itemKey;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.maxScore = maxScore;
    }

    public LocalizedText label() {
        return LocalizedText.of(labelZh, labelEn);
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public void setMaxScore(int maxScore) {
        this.maxScore = maxScore;
    }
}
