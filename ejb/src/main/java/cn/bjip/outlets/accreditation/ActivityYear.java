package cn.bjip.outlets.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** The basic public service counts of one of the three years before the application (Art. 5 (1) 2). */
@Embeddable
public class ActivityYear implements Serializable {

    @Column(name = "year")
    private int year;

    @Min(0)
    private int informationQuery;

    @Min(0)
    private int informationSearch;

    @Min(0)
    private int affairsConsultation;

    @Min(0)
    private int publicTraining;

    @Min(0)
    private int policyPromotion;

    public ActivityYear() {
    }

    public ActivityYear(int year) {
        this.year = year;
    }

    public int total() {
        return informationQuery + informationSearch + affairsConsultation + publicTraining + policyPromotion;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getInformationQuery() {
        return informationQuery;
    }

    public void setInformationQuery(int informationQuery) {
        this.informationQuery = informationQuery;
    }

    public int getInformationSearch() {
        return informationSearch;
    }

    public void setInformationSearch(int informationSearch) {
        this.informationSearch = informationSearch;
    }

    public int getAffairsConsultation() {
        return affairsConsultation;
    }

    public void setAffairsConsultation(int affairsConsultation) {
        this.affairsConsultation = affairsConsultation;
    }

    public int getPublicTraining() {
        return publicTraining;
    }

    public void setPublicTraining(int publicTraining) {
        this.publicTraining = publicTraining;
    }

    public int getPolicyPromotion() {
        return policyPromotion;
    }

    public void setPolicyPromotion(int policyPromotion) {
        this.policyPromotion = policyPromotion;
    }
}
