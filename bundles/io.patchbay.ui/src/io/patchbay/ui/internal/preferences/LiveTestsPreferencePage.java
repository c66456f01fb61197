package io.patchbay.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.patchbay.probe.HostAndPort;

/**
 * Window ▸ Preferences ▸ Live Tests: how long a probe of the Live Tests view waits for its peer, the STUN server
 * that measures the NAT of a system naming none, and the RSP.servicelink endpoints for estates that list none.
 */
public final class LiveTestsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    static final String STUN_LABEL = "STUN server for systems that name none (host:port):";

    public LiveTestsPreferencePage() {
        super(GRID);
        setDescription("How the Live Tests view runs its suites (as patchbay test --timeout does). An estate's own"
                + " STUN servers and RSP.servicelink endpoints always win over these.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ConsolePreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor timeout = new IntegerFieldEditor(ConsolePreferences.PROBE_TIMEOUT_MS,
                "Probe &timeout (milliseconds):", getFieldEditorParent());
        timeout.setValidRange(ConsolePreferences.MIN_PROBE_TIMEOUT_MS, ConsolePreferences.MAX_PROBE_TIMEOUT_MS);
        timeout.setErrorMessage("Probe timeout must be " + ConsolePreferences.MIN_PROBE_TIMEOUT_MS + " to "
                + ConsolePreferences.MAX_PROBE_TIMEOUT_MS + " ms.");
        addField(timeout);

        StringFieldEditor stun = new StringFieldEditor(ConsolePreferences.STUN_FALLBACK, STUN_LABEL,
                StringFieldEditor.UNLIMITED, StringFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String text = getStringValue();
                if (text.isBlank()) {
                    return true; // optional: without one, a system that names none is not measured
                }
                try {
                    HostAndPort.parse(text, ConsolePreferences.STUN_PORT);
                    return true;
                } catch (IllegalArgumentException e) {
                    setErrorMessage("STUN server for systems that name none: " + e.getMessage()
                            + " (write host:port, e.g. stun.example.net:3478).");
                    return false;
                }
            }
        };
        stun.setEmptyStringAllowed(true);
        stun.getTextControl(getFieldEditorParent()).setMessage("optional");
        addField(stun);

        addField(new EndpointListEditor(ConsolePreferences.SERVICELINK_ENDPOINTS,
                "RSP.servicelink endpoints for estates that list none (empty: the shipped defaults):",
                getFieldEditorParent()));
    }

    @Override
    protected org.eclipse.swt.graphics.Point doComputeSize() {
        org.eclipse.swt.graphics.Point size = super.doComputeSize();
        return new org.eclipse.swt.graphics.Point(Math.max(size.x, 560), size.y);
    }
}
