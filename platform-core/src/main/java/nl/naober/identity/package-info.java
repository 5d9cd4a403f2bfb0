package nl.naober.identity;
