package nl.naober.catalog;
