package cn.bjip.outlets.platform;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Persistence;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link PlainText} to every text an entity stores (its own, and those of its embedded parts and collections
 * of them), whichever page, API or import it came from; a default listener of every entity ({@code META-INF/orm.xml}).
 * Nothing is stored when one text is refused, and every refused field is named.
 */
public class PlainTextListener {

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<BusinessRuleViolation> problems = new ArrayList<>();
        check(entity, problems, 0);
        if (!problems.isEmpty()) {
            throw BusinessRuleViolation.of(problems);
        }
    }

    private static void check(Object object, List<BusinessRuleViolation> problems, int depth) {
        if (object == null || depth > 3) {
            return;
        }
        for (Field field : FIELDS.computeIfAbsent(object.getClass(), PlainTextListener::fieldsOf)) {
            Object value = read(field, object);
            if (value instanceof String text) {
                BusinessRuleViolation problem = PlainText.problem(field.getName(), text);
                if (problem != null) {
                    problems.add(problem);
                }
            } else if (value instanceof Collection<?> parts && Persistence.getPersistenceUtil().isLoaded(parts)) {
                parts.forEach(part -> {
                    if (part instanceof String text) {
                        BusinessRuleViolation problem = PlainText.problem(field.getName(), text);
                        if (problem != null) {
                            problems.add(problem);
                        }
                    } else if (part != null && part.getClass().isAnnotationPresent(Embeddable.class)) {
                        check(part, problems, depth + 1);
                    }
                });
            } else if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
                check(value, problems, depth + 1);
            }
        }
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && (field.getType() == String.class || Collection.class.isAssignableFrom(field.getType())
                        || field.getType().isAnnotationPresent(Embeddable.class))) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Object read(Field field, Object object) {
        try {
            return field.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
