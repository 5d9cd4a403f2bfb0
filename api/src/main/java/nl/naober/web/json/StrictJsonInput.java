package nl.naober.web.json;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * A JSON value is taken only in the shape its field declares. Jackson by default turns {@code "birthDate": 0} into
 * 1970-01-01, {@code "name": 7} into "7", {@code "dayParts": [0]} into the first enum constant and {@code "1"} into
 * a number, and {@code ""} into null for a number, date, enum or boolean: a client bug (or an attacker) would be
 * stored as data instead of refused with 400. One coercion stays: a decimal in quotes ({@code "amount": "30000.00"}),
 * the exact way to send money. A list or map holds no null. Text must be valid Unicode without NUL
 * ({@link UnicodeText}), sent as valid UTF-8 ({@link StrictUtf8Body}); a date lies in the years 1000 to 9999
 * ({@link BoundedDate}); a code of a fixed list is spelled exactly ({@link ExactEnumCodes}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    @Bean
    JsonMapperBuilderCustomizer refuseCoercedValues() {
        return builder -> builder.addModule(new SimpleModule("naober-unicode-text")
                        .addDeserializer(String.class, new UnicodeText())
                        .addDeserializer(java.time.LocalDate.class, new BoundedDate())
                        .setDeserializerModifier(new ExactEnumCodes()))
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // [null] is no list of origins or day-parts: Jackson's default keeps or skips the null item
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                // "" is no number, date, enum, id or boolean: Jackson's default reads it as null (a field left out).
                .withCoercionConfigDefaults(
                        defaults -> defaults.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        textual -> textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.DateTime,
                        dates -> dates.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, enums -> enums.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        booleans -> booleans.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        integers -> integers.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
