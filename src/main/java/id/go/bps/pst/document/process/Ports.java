package id.go.bps.pst.document.process;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The ports another module implements (the request module, which lands later). Asked for when a job runs, not at
 * start-up, so the application starts without them; a job that needs one fails with this message, which Cockpit
 * shows on the incident once the retries are spent.
 */
final class Ports {

    private Ports() {
    }

    static <T> T require(ObjectProvider<T> provider, Class<T> port) {
        T implementation = provider.getIfAvailable();
        if (implementation == null) {
            throw new IllegalStateException("No bean implements " + port.getName() + ": the module that owns "
                    + "requests must provide it before the process can issue documents");
        }
        return implementation;
    }
}
