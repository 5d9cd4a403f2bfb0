package nl.naober.municipality;
