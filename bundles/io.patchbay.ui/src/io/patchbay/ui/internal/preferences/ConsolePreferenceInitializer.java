package io.patchbay.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The defaults of the console's settings: the same values {@code patchbay apply} and {@code patchbay test} use. */
public final class ConsolePreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ConsolePreferences.QUALIFIER);
        defaults.putInt(ConsolePreferences.PARALLELISM, ConsolePreferences.DEFAULT_PARALLELISM);
        defaults.putInt(ConsolePreferences.CONFIRM_SECONDS, ConsolePreferences.DEFAULT_CONFIRM_SECONDS);
        defaults.putInt(ConsolePreferences.PROBE_TIMEOUT_MS, ConsolePreferences.DEFAULT_PROBE_TIMEOUT_MS);
        // none: a system without a STUN server is not measured; the shipped RSP.servicelink endpoints apply
        defaults.put(ConsolePreferences.STUN_FALLBACK, "");
        defaults.put(ConsolePreferences.SERVICELINK_ENDPOINTS, "");
    }
}
