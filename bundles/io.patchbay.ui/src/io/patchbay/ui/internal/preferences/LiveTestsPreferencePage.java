package io.patchbay.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window ▸ Preferences ▸ Live Tests: how long a probe of the Live Tests view waits for its peer. */
public final class LiveTestsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public LiveTestsPreferencePage() {
        super(GRID);
        setDescription("How the Live Tests view runs its suites (as patchbay test --timeout does).");
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
    }

    @Override
    protected org.eclipse.swt.graphics.Point doComputeSize() {
        org.eclipse.swt.graphics.Point size = super.doComputeSize();
        return new org.eclipse.swt.graphics.Point(Math.max(size.x, 560), size.y);
    }
}
