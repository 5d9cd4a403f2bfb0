package nl.naober.account;

/**
 * The answer to adding a user: the user and, in local mode, its one-time password. The password is shown to the
 * administrator this once; only its hash is stored, and it appears in no log, audit entry or later answer.
 */
public record NewUserCredentials(MunicipalUserView user, String oneTimePassword) {

    @Override
    public String toString() {
        return "NewUserCredentials[user=" + user + "]";
    }
}
