package org.enhancedpractice.content.standard;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a standard catalogue JSON file ({@code content-packages/README.md} §4) and checks it. */
public final class StandardReader {
    public static final String FORMAT = "https://enhancedpractice.org/formats/apprenticeship-standard/1";

    private StandardReader() {
    }

    public static ApprenticeshipStandard read(Reader reader) throws StandardFormatException {
        JsonObject json;
        try {
            json = JSON.createReader(reader).readObject();
        } catch (JsonException | ClassCastException e) {
            throw new StandardFormatException("not a JSON object: " + e.getMessage());
        }
        try {
            if (!FORMAT.equals(json.getString("format", null))) {
                throw new StandardFormatException("format must be " + FORMAT);
            }
            return new ApprenticeshipStandard(required(json, "reference"), required(json, "title"),
                    required(json, "version"), json.getInt("level"), optionalInt(json, "typicalDurationMonths"),
                    optionalInt(json, "fundingBandGbp"), json.getBoolean("illustrative", false),
                    json.getString("illustrativeNote", null), rules(json), methods(json), ksbs(json));
        } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new StandardFormatException("a property has the wrong type or is missing: " + e.getMessage());
        }
    }

    private static List<Ksb> ksbs(JsonObject json) throws StandardFormatException {
        List<Ksb> ksbs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonValue value : json.getJsonArray("ksbs")) {
            JsonObject k = value.asJsonObject();
            Ksb ksb = new Ksb(required(k, "id"), required(k, "type"), k.getString("pillar", null),
                    required(k, "statement"));
            if (!Ksb.TYPES.contains(ksb.type())) {
                throw new StandardFormatException("ksbs[" + ksb.id() + "].type must be one of " + Ksb.TYPES);
            }
            if (!ids.add(ksb.id())) {
                throw new StandardFormatException("ksbs: id " + ksb.id() + " is used twice");
            }
            ksbs.add(ksb);
        }
        return ksbs;
    }

    private static List<OffTheJobRule> rules(JsonObject json) {
        List<OffTheJobRule> rules = new ArrayList<>();
        if (!json.containsKey("offTheJob")) {
            return rules;
        }
        for (JsonValue value : json.getJsonArray("offTheJob")) {
            JsonObject r = value.asJsonObject();
            rules.add(new OffTheJobRule(LocalDate.parse(r.getString("startsOnOrAfter")),
                    r.containsKey("startsBefore") ? LocalDate.parse(r.getString("startsBefore")) : null,
                    decimal(r, "hoursPerWeek"), decimal(r, "fullTimeWeeklyHours"), decimal(r, "minimumHours")));
        }
        return rules;
    }

    private static List<ApprenticeshipStandard.EpaMethod> methods(JsonObject json) {
        List<ApprenticeshipStandard.EpaMethod> methods = new ArrayList<>();
        if (json.containsKey("epaMethods")) {
            for (JsonValue value : json.getJsonArray("epaMethods")) {
                JsonObject m = value.asJsonObject();
                methods.add(new ApprenticeshipStandard.EpaMethod(m.getString("id"), m.getString("title"),
                        m.getBoolean("confirmed", false)));
            }
        }
        return methods;
    }

    private static String required(JsonObject json, String name) throws StandardFormatException {
        if (!(json.get(name) instanceof JsonString s) || s.getString().isBlank()) {
            throw new StandardFormatException(name + " is required and must be a non-empty string");
        }
        return s.getString().strip();
    }

    private static Integer optionalInt(JsonObject json, String name) {
        return json.get(name) instanceof JsonNumber n ? n.intValueExact() : null;
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
