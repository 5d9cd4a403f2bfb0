package nl.naober;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Naober: family-support programmes of Dutch municipalities, one PostgreSQL schema per municipality. */
@SpringBootApplication
@EnableScheduling
public class NaoberApplication {

    public static void main(String[] args) {
        SpringApplication.run(NaoberApplication.class, args);
    }
}
