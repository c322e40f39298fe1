package cn.bjip.outlets.web;

import cn.bjip.outlets.record.RecordCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The one name of each core record field, in the user's language: {@code #{fieldNames.of('ipFields')}}. */
@Named
@RequestScoped
public class FieldNames {

    @Inject
    private LocaleSwitcher locale;

    public String of(String key) {
        return RecordCheck.label(key).in(locale.getLocale());
    }
}
