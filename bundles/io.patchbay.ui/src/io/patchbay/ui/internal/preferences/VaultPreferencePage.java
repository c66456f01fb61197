package io.patchbay.ui.internal.preferences;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.PatchbayHome;
import io.patchbay.core.VaultException;

/**
 * Window ▸ Preferences ▸ Credential Vault: where the vault keeps the operator's device credentials and how many it
 * holds. Never a secret: only the files and the count.
 */
public final class VaultPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The framework property the vault service reads for its storage file (see the vault in io.patchbay.core). */
    static final String LOCATION_PROPERTY = "patchbay.vault.location";

    private CredentialVault vault;

    public VaultPreferencePage() {
        setDescription("Device credentials are kept encrypted outside the estate, in Equinox secure storage. The"
                + " estate names them by reference (vault:...). Secrets are never shown.");
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        vault = workbench.getService(CredentialVault.class);
    }

    /** The vault's storage file, as the vault service chooses it. */
    public static Path location() {
        Bundle bundle = FrameworkUtil.getBundle(VaultPreferencePage.class);
        String configured = bundle == null || bundle.getBundleContext() == null ? null
                : bundle.getBundleContext().getProperty(LOCATION_PROPERTY);
        return (configured != null && !configured.isBlank() ? Path.of(configured)
                : PatchbayHome.folder().resolve("vault").resolve("secure_storage")).toAbsolutePath();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        Path location = location();
        field(page, "Storage file:", location.toString());
        field(page, "Master key file:", location.resolveSibling(location.getFileName() + ".key")
                + " (random, readable by you only)");
        field(page, "Stored credentials:", count());
        Label note = new Label(page, SWT.WRAP);
        note.setText("The vault is unlocked by its key file, like an SSH key: there is no vault password to change"
                + " and nothing cached to forget. To revoke access, protect or move the key file.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(0, 8).applyTo(note);
        return page;
    }

    private String count() {
        if (vault == null) {
            return "the vault service is not running";
        }
        try {
            int count = vault.references().size();
            return count == 1 ? "1 credential" : count + " credentials";
        } catch (VaultException e) {
            return "cannot read the vault: " + e.getMessage();
        }
    }

    private static void field(Composite page, String label, String value) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.READ_ONLY | SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
    }
}
