package nl.naober.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Who is sending, for the rate limit: {@code request.getRemoteAddr()}. Behind a reverse proxy or ingress that is
 * the proxy's address unless {@code server.forward-headers-strategy} is set ({@code native} trusts
 * {@code X-Forwarded-For} from private-network proxies; Spring Boot sets it by itself on Kubernetes). Without it
 * every visitor shares the proxy's allowance.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return key(request.getRemoteAddr());
    }

    /**
     * The address itself for IPv4; the /64 network for IPv6, because one household or server gets a whole /64 and
     * could otherwise take a fresh address, and a fresh allowance, for every request.
     */
    public static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal address: no name lookup happens.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
