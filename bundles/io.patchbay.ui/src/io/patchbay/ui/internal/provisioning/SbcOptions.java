package io.patchbay.ui.internal.provisioning;

import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.ui.provisioning.ProvisioningOptionsContributor;

/** The SBC wizard's option: generate missing station passwords into the vault ({@code generate-passwords}). */
public final class SbcOptions implements ProvisioningOptionsContributor {

    static final String GENERATE_PASSWORDS = "generate-passwords";

    private Button generate;

    @Override
    public void createControls(Composite parent, Provisioner provisioner, Runnable changed) {
        generate = new Button(parent, SWT.CHECK);
        generate.setText("&Generate missing station passwords into the vault");
        generate.setEnabled(provisioner.options().contains(GENERATE_PASSWORDS));
        generate.addListener(SWT.Selection, e -> changed.run());
        Label help = new Label(parent, SWT.WRAP);
        help.setText("A station gets the SBC flag only with authentication and a strong password (F-07, F-20)."
                + " With this, a station whose password is not in the vault gets one generated to the system's"
                + " policy and stored in the vault when the plan is made; without it, such a station cannot be"
                + " planned.");
        GridDataFactory.fillDefaults().grab(true, false).hint(540, SWT.DEFAULT).applyTo(help);
    }

    @Override
    public Set<String> options() {
        return generate != null && generate.getSelection() ? Set.of(GENERATE_PASSWORDS) : Set.of();
    }
}
