package cn.bjip.outlets.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RS-10: a web session moves to another server when its server dies, so everything a view- or session-scoped bean
 * holds must serialize. Walks every such bean's fields, and the records, classes and type arguments they hold, and
 * names each concrete class that is not {@link Serializable}. Injected beans are the container's serializable
 * proxies: they must not be transient, or the bean finds them null on the server its session moved to.
 */
@Tag("RS-10")
class ViewStateSerializableTest {

    @Test
    @DisplayName("RS-10 everything view- and session-scoped beans hold is serializable, so sessions survive a server")
    void viewStateSerializes() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() > 10, "found the portal's scoped beans: " + beans);
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " (a scoped bean)");
            }
            for (Class<?> k = bean; k != Object.class; k = k.getSuperclass()) {
                for (Field field : k.getDeclaredFields()) {
                    if (injected(field) && Modifier.isTransient(field.getModifiers())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " (injected but transient: null on the next server)");
                    }
                }
            }
            for (Field field : fields(bean)) {
                if (!injected(field)) {
                    visit(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), seen, problems);
                }
            }
        }
        assertEquals(Set.of(), problems, "not serializable, yet held by a view or session");
    }

    private static void visit(Type type, String path, Set<Type> seen, Set<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            visit(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                visit(bound, path, seen, problems);
            }
        } else if (type instanceof Class<?> type1) {
            Class<?> c = type1.isArray() ? type1.getComponentType() : type1;
            if (c.isPrimitive() || c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c == Object.class) {
                return; // what is held is decided at run time; the concrete classes of our own are checked below
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(c.getName() + " (in " + path + ")");
                return;
            }
            if (c.getName().startsWith("cn.bjip.outlets")) {
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        visit(component.getGenericType(), path + "." + component.getName(), seen, problems);
                    }
                } else if (!c.isEnum()) {
                    for (Field field : fields(c)) {
                        if (!injected(field)) {
                            visit(field.getGenericType(), path + "." + field.getName(), seen, problems);
                        }
                    }
                }
            }
        }
    }

    private static boolean injected(Field field) {
        return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(MetricsView.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ViewStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
