package nl.naober.supportfamily;
