package nl.naober.api.monitoring;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** XHTML rendered by openhtmltopdf with its built-in PDF fonts: the reports and the privacy overviews. */
public final class XhtmlPdf {

    private XhtmlPdf() {}

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the XHTML as PDF", e);
        }
        return out.toByteArray();
    }
}
