package nl.naober.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** One indexed lookup (the unique hash) with the account, for every API request that carries a token. */
    @Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(@Param("hash") String hash);

    List<ApiToken> findByAccountOrderByCreatedAtDescIdDesc(LocalAccount account);

    Optional<ApiToken> findByIdAndAccount(Long id, LocalAccount account);

    /** Sets last used unless another request did so within the last minute: at most one write a minute per token. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int markUsed(@Param("id") Long id, @Param("now") Instant now, @Param("before") Instant before);
}
