package nl.naober.audit;
