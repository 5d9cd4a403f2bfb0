package nl.naober.outcome;
