package cn.bjip.outlets.accreditation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An expert's score for one rubric item, with a comment. */
@Embeddable
public class ItemScore implements Serializable {

    @NotBlank
    private String itemKey;

    @Min(0)
    private int score;

    @Size(max = 1000)
    private String comment;

    public ItemScore() {
    }

    public ItemScore(String itemKey, int score, String comment) {
        this.itemKey = itemKey;
        this.score = score;
        this.comment = comment;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
