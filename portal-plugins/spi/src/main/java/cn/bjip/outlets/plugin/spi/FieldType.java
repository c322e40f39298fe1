package cn.bjip.outlets.plugin.spi;

/** The kinds of value a record-form field can hold. */
public enum FieldType {
    TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE, CHOICE, MULTI_CHOICE, BOOLEAN, PERSON_COUNT, FILE_REFERENCE;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERSON_COUNT;
    }

    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
