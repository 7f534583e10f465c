package org.touchstone.app.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.touchstone.analysis.DateRange;

import io.javalin.http.HttpResponseException;

/**
 * The query parameters of one request, checked against its route before anything runs: no
 * unknown or repeated parameter, every required one given, every value of its kind and within its
 * bounds. A value that fails is a 400 naming the parameter and what it should look like.
 */
final class ApiRequest {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Longest value any parameter takes; longer ones are refused before they are looked at. */
    private static final int MAX_VALUE_LENGTH = 500;

    private final ApiRoute route;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, String> given = new TreeMap<>();

    ApiRequest(ApiRoute route, Map<String, List<String>> query) {
        this.route = route;
        Map<String, ApiParameter> known = new HashMap<>();
        route.parameters().forEach(p -> known.put(p.name(), p));
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!known.containsKey(e.getKey())) {
                throw badRequest("unknown parameter '" + shorten(e.getKey()) + "' for " + route.path()
                        + (known.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", names()) + ")"));
            }
            if (e.getValue().size() != 1) {
                throw badRequest("give " + e.getKey() + " once, not " + e.getValue().size() + " times");
            }
            String value = e.getValue().get(0);
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw badRequest(e.getKey() + " has a control character (NUL, tab, line break...): no parameter takes one");
            }
            given.put(e.getKey(), value.trim());
        }
        for (ApiParameter p : route.parameters()) {
            String raw = given.get(p.name());
            if (raw == null || raw.isEmpty()) {
                if (p.required()) {
                    throw badRequest("missing parameter '" + p.name() + "': " + p.description());
                }
                raw = p.kind() == ApiParameter.Kind.BOOLEAN && raw != null ? "true" : p.defaultValue();
            }
            if (raw != null) {
                values.put(p.name(), parse(p, raw));
            }
        }
    }

    /** The parameters as given, in a stable order: the key of the answer in the cache. */
    String canonical() {
        StringBuilder key = new StringBuilder(route.path());
        given.forEach((name, value) -> key.append('\u0000').append(name).append('=').append(value));
        return key.toString();
    }

    String text(String name) {
        return (String) value(name);
    }

    /** An actor or country code in upper case; null when not given. */
    String code(String name) {
        String text = text(name);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    List<String> list(String name) {
        return (List<String>) value(name);
    }

    LocalDate date(String name) {
        return (LocalDate) value(name);
    }

    Integer integer(String name) {
        Long value = (Long) value(name);
        return value == null ? null : Math.toIntExact(value);
    }

    Long number(String name) {
        return (Long) value(name);
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /** Whether the request gave the parameter a value (a default does not count). */
    boolean has(String name) {
        return given.containsKey(name) && value(name) != null;
    }

    /** --from and --to as one range; a 400 when it starts after it ends. */
    DateRange range() {
        return new DateRange(date("from"), date("to"));
    }

    private Object value(String name) {
        if (route.parameters().stream().noneMatch(p -> p.name().equals(name))) {
            throw new IllegalStateException(route.path() + " has no parameter " + name);
        }
        return values.get(name);
    }

    private static Object parse(ApiParameter p, String raw) {
        if (raw.length() > MAX_VALUE_LENGTH) {
            throw badRequest(p.name() + " is too long (" + raw.length() + " characters; at most " + MAX_VALUE_LENGTH
                    + ")");
        }
        return switch (p.kind()) {
            case TEXT -> matching(p, raw);
            case LIST -> list(p, raw);
            case DATE -> date(p, raw);
            case INTEGER -> integer(p, raw);
            case BOOLEAN -> bool(p, raw);
            case CHOICE -> choice(p, raw);
        };
    }

    private static String matching(ApiParameter p, String raw) {
        if (p.pattern() != null && !raw.matches(p.pattern())) {
            throw badRequest(p.name() + " '" + shorten(raw) + "' is not valid: " + p.description());
        }
        return raw;
    }

    private static List<String> list(ApiParameter p, String raw) {
        List<String> items = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
            String value = item.trim();
            if (value.isEmpty()) {
                throw badRequest(p.name() + " has an empty item: separate values by single commas");
            }
            if (!p.choices().isEmpty()) {
                if (!p.choices().contains(value.toLowerCase(Locale.ROOT))) {
                    throw badRequest(p.name() + " '" + shorten(value) + "' is not one of " + String.join(", ", p.choices()));
                }
                value = value.toLowerCase(Locale.ROOT);
            } else {
                matching(p, value);
            }
            items.add(value);
        }
        if (p.maxItems() != null && items.size() > p.maxItems()) {
            throw badRequest(p.name() + " has " + items.size() + " items; at most " + p.maxItems());
        }
        return List.copyOf(items);
    }

    private static LocalDate date(ApiParameter p, String raw) {
        try {
            if (DATE.matcher(raw).matches()) {
                return LocalDate.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw badRequest(p.name() + " '" + shorten(raw) + "' is not a date (expected YYYY-MM-DD, e.g. 2019-10-24)");
    }

    private static Long integer(ApiParameter p, String raw) {
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw badRequest(p.name() + " '" + shorten(raw) + "' is not a whole number");
        }
        if (value < p.minimum() || value > p.maximum()) {
            throw badRequest(p.name() + " must be " + p.minimum() + "-" + p.maximum() + ", was " + value);
        }
        return value;
    }

    private static Boolean bool(ApiParameter p, String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw badRequest(p.name() + " '" + shorten(raw) + "' is not true or false");
        };
    }

    private static String choice(ApiParameter p, String raw) {
        String value = raw.toLowerCase(Locale.ROOT);
        if (!p.choices().contains(value)) {
            throw badRequest(p.name() + " '" + shorten(raw) + "' is not one of " + String.join(", ", p.choices()));
        }
        return value;
    }

    private List<String> names() {
        return route.parameters().stream().map(ApiParameter::name).toList();
    }

    /** A value as quoted back in a message: short, and without control characters. */
    static String shorten(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
    }

    static HttpResponseException badRequest(String message) {
        return new HttpResponseException(400, message);
    }

    static List<String[]> dyads(List<String> items) {
        return items.stream().map(d -> d.split("-")).map(pair -> Arrays.copyOf(pair, 2)).toList();
    }
}
