#!/usr/bin/env python3
"""CPU share by library in a flight recording (HttpLoadBenchmark with -Dbench.jfr=detail,list3).

Usage: python3 jfr-packages.py target/jfr-<label>-detail.jfr

Reads `jfr print --json --events jdk.ExecutionSample --stack-depth 64` and attributes each sample twice:
  self:   the package of the top frame (where the CPU actually was);
  nearest library: walking from the top frame down, the first frame in a known group below (so time spent in
          java.* on behalf of Hibernate counts as Hibernate), as the profile in issue 17 was read.
"""
import collections
import json
import subprocess
import sys

GROUPS = [
    ("BCrypt", "org.springframework.security.crypto.bcrypt"),
    ("Naober", "nl.naober"),
    ("Hibernate", "org.hibernate"),
    ("Spring Data", "org.springframework.data"),
    ("Spring Security", "org.springframework.security"),
    ("Spring MVC/web", "org.springframework.web"),
    ("Spring transactions/ORM/JDBC", "org.springframework.transaction"),
    ("Spring transactions/ORM/JDBC", "org.springframework.orm"),
    ("Spring transactions/ORM/JDBC", "org.springframework.jdbc"),
    ("Spring AOP/core", "org.springframework"),
    ("PostgreSQL JDBC", "org.postgresql"),
    ("HikariCP", "com.zaxxer.hikari"),
    ("Jackson", "tools.jackson"),
    ("Jackson", "com.fasterxml.jackson"),
    ("Micrometer", "io.micrometer"),
    ("Thymeleaf", "org.thymeleaf"),
    ("Tomcat", "org.apache.tomcat"),
    ("Tomcat", "org.apache.catalina"),
    ("Tomcat", "org.apache.coyote"),
    ("Logging", "ch.qos.logback"),
    ("Logging", "org.slf4j"),
    ("Caffeine", "com.github.benmanes"),
    ("Bucket4j", "io.github.bucket4j"),
]


def group(type_name):
    for name, prefix in GROUPS:
        if type_name.startswith(prefix + ".") or type_name == prefix:
            return name
    return None


def main(path):
    out = subprocess.run(
        ["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
        check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    selfs, nearest = collections.Counter(), collections.Counter()
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        types = [f["method"]["type"]["name"].replace("/", ".") for f in frames]
        if not types:
            continue
        selfs[types[0].rsplit(".", 1)[0]] += 1
        nearest[next((g for g in map(group, types) if g), "JDK/other")] += 1
    total = len(events)
    print(f"{path}: {total} samples")
    print("| nearest library | share |\n|---|---|")
    for name, count in nearest.most_common(14):
        print(f"| {name} | {100 * count / total:.0f} % |")
    print("\n| top-frame package (self) | share |\n|---|---|")
    for name, count in selfs.most_common(12):
        print(f"| {name} | {100 * count / total:.0f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
