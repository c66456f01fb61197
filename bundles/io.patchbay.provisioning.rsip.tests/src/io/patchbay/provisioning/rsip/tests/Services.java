package io.patchbay.provisioning.rsip.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services a test uses, found as the console and the command line find them. */
final class Services implements AutoCloseable {

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    <T> T get(Class<T> type, String filter) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
                context.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        tracker.open();
        trackers.add(tracker);
        T service = tracker.waitForService(10_000);
        assertNotNull(service, "no " + type.getSimpleName() + " service " + (filter == null ? "" : filter));
        return service;
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
    }
}
