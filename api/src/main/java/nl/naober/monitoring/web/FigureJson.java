package nl.naober.monitoring.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import nl.naober.monitoring.report.Figure;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * How a {@link Figure} reads in JSON: its kind ({@code "type": "Count"}), its values and its Dutch display text,
 * so an API client shows what the screens show. A frozen report has its own format
 * ({@link nl.naober.monitoring.web.archive.ArchivedFigure}), whatever this one becomes.
 */
@JacksonMixin(Figure.class)
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(Figure.Count.class),
    @JsonSubTypes.Type(Figure.Suppressed.class),
    @JsonSubTypes.Type(Figure.Days.class),
    @JsonSubTypes.Type(Figure.Percentage.class),
    @JsonSubTypes.Type(Figure.Average.class),
    @JsonSubTypes.Type(Figure.Money.class),
    @JsonSubTypes.Type(Figure.Ratio.class),
    @JsonSubTypes.Type(Figure.Empty.class)
})
@JsonIgnoreProperties(value = "text", allowGetters = true)
interface FigureJson {

    @JsonProperty("text")
    String text();
}
