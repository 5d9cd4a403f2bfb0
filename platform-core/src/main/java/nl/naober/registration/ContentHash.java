package nl.naober.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A fingerprint of what was typed, insensitive to case, spaces and order, to recognise a double submit. */
final class ContentHash {

    private ContentHash() {}

    static String of(NewPublicRegistration r) {
        String content = String.join(
                "\u001f",
                String.valueOf(r.kind()),
                text(r.firstName()),
                text(r.lastName()),
                text(r.email()),
                digits(r.phone()),
                text(r.postcode()).replace(" ", ""),
                text(r.houseNumber()),
                String.valueOf(r.numberOfChildren()),
                String.valueOf(r.capacity()),
                sorted(r.reasons()),
                sorted(r.dayParts()),
                text(r.message()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String digits(String value) {
        return value == null ? "" : value.replaceAll("[^0-9+]", "");
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        if (values == null) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        values.stream().filter(Objects::nonNull).forEach(v -> names.add(v.name()));
        return String.join(",", names);
    }
}
