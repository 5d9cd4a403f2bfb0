package nl.naober.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

class FormValidationTest {

    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final FormValidation FORMS = new FormValidation(FACTORY.getValidator());

    record Command(
            @NotBlank(message = "Naam ontbreekt") String name,
            @Size(max = 4, message = "Postcode te lang") String postcode,
            @Max(value = 6, message = "Hoogstens 6") int capacity,
            @NotBlank(message = "Niet op het formulier") String hidden) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void violationsLandOnTheirFieldsInTheCommandsOrderWithWhatWasTyped() {
        BindingResult result = form(Map.of("name", "", "postcode", "7811 AB", "capacity", "9", "hidden", "x"));

        boolean valid = FORMS.validate(new Command("", "7811 AB", 9, "x"), result);

        assertThat(valid).isFalse();
        assertThat(result.getFieldErrors())
                .extracting(e -> e.getField() + "=" + e.getRejectedValue() + ":" + e.getDefaultMessage())
                .containsExactly("name=:Naam ontbreekt", "postcode=7811 AB:Postcode te lang", "capacity=9:Hoogstens 6");
    }

    @Test
    void aFieldThatFailedToBindKeepsOnlyThatError() {
        BindingResult result = form(Map.of("name", "Jansen", "capacity", "veel"));
        result.rejectValue("capacity", "typeMismatch", "Vul een getal in");

        FORMS.validate(new Command("Jansen", null, 7, "x"), result);

        assertThat(result.getFieldErrors("capacity"))
                .extracting(e -> e.getDefaultMessage())
                .containsExactly("Vul een getal in");
    }

    @Test
    void aRuleOnAFieldTheFormDoesNotHaveIsKeptWithoutATypedValueOrLeftOutWhenAsked() {
        BindingResult all = new BeanPropertyBindingResult(new Object(), "form");
        FORMS.validate(new Command("Jansen", null, 1, null), all);
        assertThat(all.getFieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("hidden");
            assertThat(error.getRejectedValue()).isNull();
        });

        BindingResult onTheForm = form(Map.of("name", "Jansen"));
        boolean valid = FORMS.validate(new Command("Jansen", null, 1, null), onTheForm, "name"::equals);
        assertThat(valid).isTrue();
        assertThat(onTheForm.hasErrors()).isFalse();
    }

    @Test
    void messagesAreSortedForFormsWithoutASummary() {
        assertThat(FORMS.messages(new Command("", "7811 AB", 1, "x")))
                .containsExactly("Naam ontbreekt", "Postcode te lang");
    }

    private static BindingResult form(Map<String, Object> typed) {
        return new MapBindingResult(new HashMap<>(typed), "form");
    }
}
