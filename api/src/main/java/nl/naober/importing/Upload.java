package nl.naober.importing;

import java.io.Serializable;

/** One uploaded file: its name (which says CSV or XLSX, and for a CSV file its kind) and bytes. */
public record Upload(String name, byte[] bytes) implements Serializable {}
