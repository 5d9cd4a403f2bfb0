package nl.naober.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Creating an API token for a user.
 *
 * @param name what it is for ("website", "datawarehouse"), to recognise it in the list
 * @param expiresOn the last day it works (until midnight UTC at its end); empty: 90 days from today; at most a year
 *     from today
 */
public record NewApiToken(
        @NotBlank(message = "{apiToken.name.required}") @Size(max = 100, message = "{apiToken.name.tooLong}")
        String name,

        LocalDate expiresOn) {}
