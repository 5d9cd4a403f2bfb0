package nl.naober.matching;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** A match as a screen or client sees it: with its evaluations, contact moments and signals, latest first. */
@Component
class MatchViews {

    private final EvaluationRepository evaluations;
    private final ContactMomentRepository contacts;
    private final SignalRepository signals;

    MatchViews(EvaluationRepository evaluations, ContactMomentRepository contacts, SignalRepository signals) {
        this.evaluations = evaluations;
        this.contacts = contacts;
        this.signals = signals;
    }

    MatchView of(Match match) {
        UUID id = match.id();
        return match.toView(
                evaluations.findByMatchIdOrderByHeldOnDesc(id).stream()
                        .map(Evaluation::toView)
                        .toList(),
                contacts.findByMatchIdOrderByHeldOnDesc(id).stream()
                        .map(ContactMoment::toView)
                        .toList(),
                signals.findByMatchIdOrderByNotedOnDesc(id).stream()
                        .map(Signal::toView)
                        .toList());
    }
}
