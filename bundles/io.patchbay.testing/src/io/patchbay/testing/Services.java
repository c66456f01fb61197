package io.patchbay.testing;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services a test uses, found through the service registry as the console and the command line find them
 * (never constructed by the test). Waits up to ten seconds for Declarative Services to register one. Closing
 * releases every service it handed out.
 *
 * <pre>{@code
 * try (Services services = new Services()) {
 *     CredentialVault vault = services.get(CredentialVault.class, null);
 *     Transport ssh = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
 * }
 * }</pre>
 */
public final class Services implements AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    /**
     * The highest-ranked service of {@code type} matching {@code filter} ({@code null}: any).
     *
     * @throws IllegalStateException when none is registered in time, naming the type and filter
     */
    public synchronized <T> T get(Class<T> type, String filter) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker;
        try {
            tracker = new ServiceTracker<>(context,
                    context.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("not an OSGi filter: " + filter, e);
        }
        tracker.open();
        trackers.add(tracker);
        try {
            T service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("no " + type.getSimpleName() + " service"
                        + (filter == null ? "" : " " + filter) + " within " + WAIT_MILLIS / 1000 + " s: is the bundle"
                        + " that provides it in the test runtime (extraRequirements) and its component active?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
        }
    }

    @Override
    public synchronized void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }
}
