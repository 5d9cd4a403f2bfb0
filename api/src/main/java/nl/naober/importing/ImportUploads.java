package nl.naober.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The uploaded files of a request as {@link Upload}s, for the REST API and the screens of both imports. */
public final class ImportUploads {

    private ImportUploads() {}

    public static List<Upload> of(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                uploads.add(new Upload(
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
