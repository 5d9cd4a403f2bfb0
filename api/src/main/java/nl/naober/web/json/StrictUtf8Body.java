package nl.naober.web.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A request body in UTF-8 must be valid UTF-8. Jackson's own decoder reads some invalid sequences as another
 * character (the overlong {@code C0 AF} as {@code /}), so a name could be stored as something its sender never typed
 * and that no check before the decoder saw. The JDK's decoder refuses them; the body is checked with it before Jackson
 * reads it, and refused with 400 (a Problem Details body) otherwise.
 */
@ControllerAdvice
class StrictUtf8Body extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        MediaType type = message.getHeaders().getContentType();
        if (type != null && type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            return message; // another declared charset: its converter decodes it
        }
        byte[] body = message.getBody().readAllBytes();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException invalid) {
            throw new HttpMessageNotReadableException("The body is not valid UTF-8", message);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
