package nl.naober.web.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** XHTML rendered by openhtmltopdf with its built-in PDF fonts: the reports and the privacy overviews. */
public final class XhtmlPdf {

    private XhtmlPdf() {}

    /** The font of the tagged reports, embedded: Liberation Sans (SIL Open Font License), as PDFBox ships it. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The CSS font family the tagged reports' template uses for every text. */
    public static final String FONT_FAMILY = "Naober Sans";

    /**
     * A tagged PDF (PDF/UA mode of openhtmltopdf): a structure tree that follows the XHTML (headings, tables, lists,
     * paragraphs, in reading order), the document's title from {@code <title>} shown as the window title, its
     * language from {@code <html lang>}, and an embedded font, so that a screen reader can follow it. The template
     * must set {@link #FONT_FAMILY} on every element with text (the built-in PDF fonts are not embedded) and give
     * every image an alternative text.
     */
    public static byte[] renderTagged(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            // one face, used for bold too: a bold that fell back to a built-in font would not be embedded
            for (int weight : new int[] {400, 700}) {
                builder.useFont(
                        () -> XhtmlPdf.class.getResourceAsStream(FONT),
                        FONT_FAMILY,
                        weight,
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the XHTML as PDF", e);
        }
        return out.toByteArray();
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the XHTML as PDF", e);
        }
        return out.toByteArray();
    }
}
