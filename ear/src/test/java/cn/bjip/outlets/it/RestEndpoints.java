package cn.bjip.outlets.it;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every REST method of the portal, found by reflection over the classes under {@code cn.bjip.outlets.web.rest}. */
final class RestEndpoints {

    private static final List<Class<? extends Annotation>> NOT_THE_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class);
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private RestEndpoints() {
    }

    /**
     * One REST method: its verb, its path template below the server root ({@code api/records/{id}}), the class of its
     * resource, the type of its body ({@code null} if it takes none) and the names of its query parameters.
     */
    record Endpoint(String method, String template, Class<?> resource, Type body, List<String> queryParameters) {

        boolean writes() {
            return !method.equals("GET");
        }

        /** The template's first segment below {@code api/}: {@code records} for {@code api/records/{id}}. */
        String root() {
            return template.split("/")[1];
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static List<Endpoint> all() throws Exception {
        Class<?> anchor = Class.forName("cn.bjip.outlets.web.rest.RestApplication");
        java.nio.file.Path location = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classes = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (var files = Files.walk(location.resolve("cn/bjip/outlets/web/rest"))) {
                files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(classes::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("cn/bjip/outlets/web/rest/")).forEach(classes::add);
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (String file : classes.stream().filter(n -> n.endsWith(".class") && !n.contains("$")).sorted().toList()) {
            Class<?> resource = Class.forName(file.replace('/', '.').replace(".class", ""), false, anchor.getClassLoader());
            jakarta.ws.rs.Path root = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = VERBS.entrySet().stream().filter(v -> method.isAnnotationPresent(v.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String template = "api/" + root.value().replaceAll("^/|/$", "")
                        + (sub == null ? "" : "/" + sub.value().replaceAll("^/", ""));
                Type body = null;
                List<String> query = new ArrayList<>();
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(QueryParam.class)) {
                        query.add(parameter.getAnnotation(QueryParam.class).value());
                    } else if (NOT_THE_BODY.stream().noneMatch(parameter::isAnnotationPresent)) {
                        body = parameter.getParameterizedType();
                    }
                }
                endpoints.add(new Endpoint(verb, template.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"), resource, body, query));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** The template with each {@code {name}} replaced by {@code value.apply(name)}. */
    static String filled(String template, Function<String, String> value) {
        Matcher name = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (name.find()) {
            name.appendReplacement(path, Matcher.quoteReplacement(value.apply(name.group(1))));
        }
        return name.appendTail(path).toString();
    }
}
