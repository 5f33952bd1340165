package id.go.bps.pst.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A real HTTP client for tests that must cross every filter and servlet (the engine REST API is a Jersey servlet
 * that MockMvc does not reach). Keeps cookies, like a browser, when {@link #withCookies()} is used.
 */
public final class Http {

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;

    private Http(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.client = cookies == null ? HttpClient.newHttpClient()
                : HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static Http to(int port) {
        return new Http("http://localhost:" + port, null);
    }

    public Http withCookies() {
        return new Http(base, new CookieManager());
    }

    /** The value of a cookie this client holds, or an empty string. */
    public String cookie(String name) {
        return cookies == null ? "" : cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    public static String[] basic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + token};
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
