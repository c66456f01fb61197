package io.patchbay.cli.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/** The versions that `patchbay version` reports: ours, the JVM's, and those of the libraries we run on. */
final class VersionReport {

    /** Shown name → bundle symbolic name. Libraries absent from the running product are left out. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();
    static {
        COMPONENTS.put("Equinox", "org.eclipse.osgi");
        COMPONENTS.put("Eclipse Platform", "org.eclipse.core.runtime");
        COMPONENTS.put("SWT", "org.eclipse.swt");
        COMPONENTS.put("JFace", "org.eclipse.jface");
        COMPONENTS.put("EMF", "org.eclipse.emf.ecore");
        COMPONENTS.put("NatTable", "org.eclipse.nebula.widgets.nattable.core");
        COMPONENTS.put("SNMP4J", "wrapped.org.snmp4j.snmp4j");
        COMPONENTS.put("SNMP4J-Agent", "wrapped.org.snmp4j.snmp4j-agent");
        COMPONENTS.put("JSch", "com.github.mwiede.jsch");
        COMPONENTS.put("Apache MINA SSHD", "org.apache.sshd.osgi");
        COMPONENTS.put("Bouncy Castle", "bcprov");
        COMPONENTS.put("picocli", "picocli");
    }

    private VersionReport() {
    }

    static String patchbayVersion(BundleContext context) {
        return context.getBundle().getVersion().toString();
    }

    static Map<String, String> collect(BundleContext context) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("Patchbay", patchbayVersion(context));
        versions.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        versions.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        COMPONENTS.forEach((name, symbolicName) -> newest(context, symbolicName)
                .ifPresent(version -> versions.put(name, version.toString())));
        return versions;
    }

    private static Optional<Version> newest(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .map(Bundle::getVersion)
                .max(Comparator.naturalOrder());
    }
}
