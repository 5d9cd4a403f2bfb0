package nl.naober.demo;
