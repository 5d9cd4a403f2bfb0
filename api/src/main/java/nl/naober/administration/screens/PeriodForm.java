package nl.naober.administration.screens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.evaluation.NewEvaluationPeriod;
import org.springframework.format.annotation.DateTimeFormat;

/** An evaluation period as typed, with the rules of {@link NewEvaluationPeriod} in Dutch. */
public class PeriodForm implements Serializable {

    @NotBlank(message = "{adminScreen.period.name.required}")
    @Size(max = 200, message = "{adminScreen.name.size200}")
    private String name;

    @NotNull(message = "{adminScreen.period.start.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull(message = "{adminScreen.period.end.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    @NotNull(message = "{adminScreen.period.evaluationDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluationDate;

    NewEvaluationPeriod toCommand() {
        return new NewEvaluationPeriod(name, start, end, evaluationDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public void setEvaluationDate(LocalDate evaluationDate) {
        this.evaluationDate = evaluationDate;
    }
}
