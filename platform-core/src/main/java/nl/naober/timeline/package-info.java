package nl.naober.timeline;
