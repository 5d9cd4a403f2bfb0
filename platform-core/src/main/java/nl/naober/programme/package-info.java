package nl.naober.programme;
