package nl.naober.matching;
