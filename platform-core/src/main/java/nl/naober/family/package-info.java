package nl.naober.family;
