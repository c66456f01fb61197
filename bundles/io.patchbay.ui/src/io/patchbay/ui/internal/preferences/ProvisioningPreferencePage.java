package io.patchbay.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window ▸ Preferences ▸ Provisioning: how the wizards' apply runs (parallelism, commit-confirm window). */
public final class ProvisioningPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ProvisioningPreferencePage() {
        super(GRID);
        setDescription("How the provisioning wizards apply a change. A wizard's own parallelism can only lower the"
                + " limit set here.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ConsolePreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(range(ConsolePreferences.PARALLELISM, "&Parallelism (devices at once):", "Parallelism",
                ConsolePreferences.MIN_PARALLELISM, ConsolePreferences.MAX_PARALLELISM, ""));
        addField(range(ConsolePreferences.CONFIRM_SECONDS, "&Commit-confirm window (seconds, 0 = off):",
                "Commit-confirm window", 0, ConsolePreferences.MAX_CONFIRM_SECONDS, " seconds"));
    }

    private IntegerFieldEditor range(String key, String label, String field, int min, int max, String unit) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
        editor.setValidRange(min, max);
        // short: the dialog's message line is narrow
        editor.setErrorMessage(field + " must be " + min + " to " + max + unit + ".");
        return editor;
    }

    @Override
    protected org.eclipse.swt.graphics.Point doComputeSize() {
        org.eclipse.swt.graphics.Point size = super.doComputeSize();
        return new org.eclipse.swt.graphics.Point(Math.max(size.x, 560), size.y);
    }
}
