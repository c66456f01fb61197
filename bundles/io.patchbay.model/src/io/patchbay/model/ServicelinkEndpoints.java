package io.patchbay.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The RSP.servicelink tunnel endpoints an estate uses (F-41).
 * <p>
 * They are configuration, not code: an estate lists its own in {@link Estate#getServicelinkEndpoints()}; an estate
 * that lists none uses the defaults shipped in {@code servicelink-endpoints.properties} next to this class.
 */
public final class ServicelinkEndpoints {

    private static final String DEFAULTS = "servicelink-endpoints.properties";

    private ServicelinkEndpoints() {
    }

    /**
     * Returns the endpoints an estate uses: its own, or the defaults if it lists none.
     *
     * @param estate an estate
     * @return an unmodifiable list of endpoints (objects outside the estate for the defaults)
     */
    public static List<ServicelinkEndpoint> of(Estate estate) {
        return estate.getServicelinkEndpoints().isEmpty() ? defaults() : List.copyOf(estate.getServicelinkEndpoints());
    }

    /**
     * Returns the configured default endpoints, in the order of the configuration file.
     *
     * @return a new unmodifiable list of new endpoint objects
     * @throws UncheckedIOException if the configuration cannot be read
     */
    public static List<ServicelinkEndpoint> defaults() {
        Properties properties = new Properties();
        try (InputStream in = ServicelinkEndpoints.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException(DEFAULTS + " is missing from bundle io.patchbay.model");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ServicelinkEndpoint> endpoints = new ArrayList<>();
        for (int i = 1; properties.containsKey("endpoint." + i + ".host"); i++) {
            ServicelinkEndpoint endpoint = EstateFactory.eINSTANCE.createServicelinkEndpoint();
            endpoint.setRole(properties.getProperty("endpoint." + i + ".role"));
            endpoint.setHost(properties.getProperty("endpoint." + i + ".host"));
            endpoint.setPort(Integer.parseInt(properties.getProperty("endpoint." + i + ".port", "443").strip()));
            endpoints.add(endpoint);
        }
        return List.copyOf(endpoints);
    }
}
