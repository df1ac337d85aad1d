package org.nkululeko.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser for the Python literals nkululeko INI files hold: {@code ['os', 'praat']},
 * {@code {'l1': 120, 'l2': 84}}, {@code 0.3}, {@code .4}, {@code 1e-4}, {@code 'text'},
 * {@code True}, {@code False}, {@code None}, tuples and trailing commas.
 *
 * <p>Results: {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null},
 * {@link List} (lists and tuples) and insertion-ordered {@link Map}.
 */
public final class PyLiteral {

    private final String text;
    private int pos;

    private PyLiteral(String text) {
        this.text = text;
    }

    /**
     * Parses a complete literal.
     *
     * @param text the value, e.g. {@code "[128, 64, 32]"}
     * @return the parsed value
     * @throws IllegalArgumentException if {@code text} is not one complete Python literal;
     *     the message says where parsing stopped
     */
    public static Object parse(String text) {
        PyLiteral parser = new PyLiteral(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text");
        }
        return value;
    }

    /**
     * Parses a literal, or returns the trimmed text itself when it is a bare word such as
     * {@code standard} (nkululeko reads many keys as plain strings).
     *
     * @param text the value
     * @return the parsed literal, or the trimmed text
     */
    public static Object parseOrString(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return text.trim();
        }
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("missing value");
        }
        char c = text.charAt(pos);
        if (c == '[') {
            return sequence('[', ']');
        }
        if (c == '(') {
            return sequence('(', ')');
        }
        if (c == '{') {
            return dict();
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        return word();
    }

    private List<Object> sequence(char open, char close) {
        pos++;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek(close)) {
                pos++;
                return items;
            }
            items.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
            } else if (!peek(close)) {
                throw error("expected ',' or '" + close + "'");
            }
        }
    }

    private Map<Object, Object> dict() {
        pos++;
        Map<Object, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek('}')) {
                pos++;
                return map;
            }
            Object key = value();
            skipSpace();
            if (!peek(':')) {
                throw error("expected ':'");
            }
            pos++;
            map.put(key, value());
            skipSpace();
            if (peek(',')) {
                pos++;
            } else if (!peek('}')) {
                throw error("expected ',' or '}'");
            }
        }
    }

    private String string(char quote) {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char next = text.charAt(pos++);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private Object number() {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE_".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos).replace("_", "");
        try {
            if (token.matches("[+-]?\\d+")) {
                return Long.parseLong(token);
            }
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("not a number: " + token);
        }
    }

    private Object word() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String token = text.substring(start, pos);
        switch (token) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                pos = start;
                throw error("not a Python literal");
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + (pos + 1) + " of " + text);
    }
}
