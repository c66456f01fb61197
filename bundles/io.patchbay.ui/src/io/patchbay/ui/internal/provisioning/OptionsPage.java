package io.patchbay.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import io.patchbay.model.ManagedDevice;

/** The first page: what the feature does, which devices of the selection it works on, its options, parallelism. */
final class OptionsPage extends WizardPage {

    private static final int SHOWN_DEVICES = 5;

    private final ProvisioningWizard wizard;
    private final List<Button> genericOptions = new ArrayList<>();
    private Spinner parallel;

    OptionsPage(ProvisioningWizard wizard) {
        super("options");
        this.wizard = wizard;
        setTitle(wizard.contribution.name() + ": options");
        setDescription(wizard.provisioner.description());
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        Label devices = new Label(page, SWT.WRAP);
        devices.setText(describeDevices());
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(devices);

        Group options = new Group(page, SWT.NONE);
        options.setText("Options");
        GridLayoutFactory.swtDefaults().applyTo(options);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(options);
        if (wizard.optionsContributor != null) {
            wizard.optionsContributor.createControls(options, wizard.provisioner, this::update);
        } else if (wizard.provisioner.options().isEmpty()) {
            new Label(options, SWT.NONE).setText("This feature has no options.");
        } else {
            for (String option : new TreeSet<>(wizard.provisioner.options())) {
                Button box = new Button(options, SWT.CHECK);
                box.setText(option);
                box.setData(option);
                box.addListener(SWT.Selection, e -> update());
                genericOptions.add(box);
            }
        }

        Composite row = new Composite(options, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        new Label(row, SWT.NONE).setText("Devices changed at once:");
        parallel = new Spinner(row, SWT.BORDER);
        parallel.setValues(ProvisioningWizard.DEFAULT_PARALLEL, 1, 64, 0, 1, 4);
        parallel.addListener(SWT.Modify, e -> update());
        setControl(page);
        update();
    }

    private String describeDevices() {
        List<ManagedDevice> devices = wizard.devices;
        if (devices.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(devices.size() == 1 ? "1 device: " : devices.size() + " devices: ");
        for (int i = 0; i < Math.min(SHOWN_DEVICES, devices.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(ProvisioningWizard.device(devices.get(i)));
        }
        if (devices.size() > SHOWN_DEVICES) {
            text.append(" and ").append(devices.size() - SHOWN_DEVICES).append(" more");
        }
        return text.append(". Next reads them and shows what would change; nothing is written yet.").toString();
    }

    private void update() {
        Set<String> chosen = new LinkedHashSet<>();
        if (wizard.optionsContributor != null) {
            chosen.addAll(wizard.optionsContributor.options());
        }
        genericOptions.stream().filter(Button::getSelection).forEach(b -> chosen.add((String) b.getData()));
        wizard.options = Set.copyOf(chosen);
        if (parallel != null) {
            wizard.parallel = parallel.getSelection();
        }
        String problem = null;
        if (wizard.devices.isEmpty()) {
            problem = "The selection holds no device that " + wizard.contribution.name().toLowerCase(Locale.ROOT)
                    + " applies to: select one, or its site or customer, and open the wizard again.";
        } else if (wizard.optionsContributor != null) {
            problem = wizard.optionsContributor.problem();
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
