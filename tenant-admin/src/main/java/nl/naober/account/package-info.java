package nl.naober.account;
