package nl.naober.work;
