package org.enhancedpractice.content.standard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports KSBs from CSV (RFC 4180: comma-separated, double quotes around fields that hold commas, quotes or line
 * breaks, a quote inside written twice) with the header {@code id,type,pillar,statement}. Every bad row is reported
 * by line number; nothing is imported when any row is bad.
 */
public final class KsbCsv {
    static final List<String> HEADER = List.of("id", "type", "pillar", "statement");

    private KsbCsv() {
    }

    public static List<Ksb> read(Reader in) throws IOException, StandardFormatException {
        List<List<String>> rows = parse(new BufferedReader(in));
        if (rows.isEmpty() || !rows.get(0).stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList()
                .equals(HEADER)) {
            throw new StandardFormatException("line 1: the header must be " + String.join(",", HEADER));
        }
        List<String> errors = new ArrayList<>();
        List<Ksb> ksbs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String line = "line " + (i + 1) + ": ";
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != 4) {
                errors.add(line + "expected 4 fields, found " + row.size());
                continue;
            }
            String id = row.get(0).strip();
            String type = row.get(1).strip().toLowerCase(java.util.Locale.ROOT);
            if (!id.matches("[A-Za-z]{1,3}\\d{1,3}")) {
                errors.add(line + "id '" + id + "' should look like K1, S12 or B3");
            } else if (!ids.add(id)) {
                errors.add(line + "id " + id + " is used twice");
            }
            if (!Ksb.TYPES.contains(type)) {
                errors.add(line + "type '" + row.get(1) + "' must be one of " + Ksb.TYPES);
            }
            if (row.get(3).isBlank()) {
                errors.add(line + "the statement is empty");
            }
            String pillar = row.get(2).strip();
            ksbs.add(new Ksb(id, type, pillar.isEmpty() ? null : pillar, row.get(3).strip()));
        }
        if (!errors.isEmpty()) {
            throw new StandardFormatException(String.join("; ", errors));
        }
        return ksbs;
    }

    static List<List<String>> parse(BufferedReader in) throws IOException, StandardFormatException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new StandardFormatException("line " + (rows.size() + 1) + ": a quoted field is not closed");
        }
        if (any && (field.length() > 0 || !row.isEmpty())) {
            row.add(field.toString());
            rows.add(row);
        }
        if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
            rows.get(0).set(0, rows.get(0).get(0).substring(1));
        }
        return rows;
    }
}
