package nl.naober.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The challenges on their own: solved in Java from the format, each solution accepted once, nothing forged. */
class ProofOfWorkTest {

    private final ProofOfWork proofOfWork = proofOfWork("a shared secret of the replicas", Duration.ofMinutes(5));

    @Test
    void aSolvedChallengeIsAcceptedOnceAndOnlyWithTheKeyThatSignedIt() {
        JsonNode challenge = challenge(proofOfWork);
        assertThat(challenge.get("algorithm").asString()).isEqualTo("SHA-256");
        assertThat(challenge.get("maxnumber").asLong()).isEqualTo(2_000);
        String solution = ProofOfWorkSolver.solve(challenge);

        assertThat(proofOfWork("another key", Duration.ofMinutes(5)).redeem(solution))
                .as("signed with another key")
                .isFalse();
        assertThat(proofOfWork("a shared secret of the replicas", Duration.ofMinutes(5))
                        .redeem(solution))
                .as("another replica with the same key")
                .isTrue();
        assertThat(proofOfWork.redeem(solution)).isTrue();
        assertThat(proofOfWork.redeem(solution)).as("the same solution again").isFalse();
    }

    @Test
    void aWrongNumberAForgedChallengeAndGarbageAreRefused() {
        JsonNode challenge = challenge(proofOfWork);
        String solution = ProofOfWorkSolver.solve(challenge);
        long number = number(solution);
        assertThat(proofOfWork.redeem(ProofOfWorkSolver.payload(challenge, number + 1)))
                .isFalse();
        assertThat(proofOfWork.redeem(base64(decoded(solution).replace("SHA-256", "SHA-1"))))
                .isFalse();
        assertThat(proofOfWork.redeem(base64("{\"challenge\":null,\"solution\":null,\"test\":true}")))
                .as("the widget's test mode")
                .isFalse();
        assertThat(proofOfWork.redeem("not base64 at all!")).isFalse();
        assertThat(proofOfWork.redeem("")).isFalse();
        assertThat(proofOfWork.redeem(null)).isFalse();
        assertThat(proofOfWork.redeem("A".repeat(5_000))).isFalse();
    }

    @Test
    void anExpiredChallengeIsRefused() throws Exception {
        ProofOfWork shortLived = proofOfWork("key", Duration.ofSeconds(1));
        String solution = ProofOfWorkSolver.solve(challenge(shortLived));
        Thread.sleep(2_100);
        assertThat(shortLived.redeem(solution)).isFalse();
    }

    @Test
    void withoutAConfiguredKeyEachInstanceMakesItsOwn() {
        ProofOfWork one = proofOfWork("", Duration.ofMinutes(5));
        ProofOfWork other = proofOfWork("", Duration.ofMinutes(5));
        String solution = ProofOfWorkSolver.solve(challenge(one));
        assertThat(other.redeem(solution)).isFalse();
        assertThat(one.redeem(solution)).isTrue();
    }

    private static ProofOfWork proofOfWork(String key, Duration validFor) {
        return new ProofOfWork(new RegistrationProperties.ProofOfWork(key, 2_000, validFor, 10));
    }

    private static JsonNode challenge(ProofOfWork proofOfWork) {
        return ProofOfWorkSolver.parse(
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(proofOfWork.challenge()));
    }

    private static long number(String payload) {
        return ProofOfWorkSolver.parse(decoded(payload)).get("number").asLong();
    }

    private static String decoded(String payload) {
        return new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
