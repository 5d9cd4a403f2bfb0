package nl.naober.tenancy;
