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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.validation.Finding;

/**
 * The first page: what the feature does, which devices of the selection it works on, its options (with readable
 * labels and the values the run will use), parallelism, and the estate rules (F-xx) those devices break: an error
 * blocks planning until it is fixed, with the fix in its message.
 */
final class OptionsPage extends WizardPage {

    private static final int SHOWN_DEVICES = 5;

    private final ProvisioningWizard wizard;
    private final List<Button> genericOptions = new ArrayList<>();
    private Spinner parallel;
    private Label valuesUsed;
    private Table rules;
    private Label rulesSummary;
    private List<Finding> findings = List.of();

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
            new Label(options, SWT.NONE).setText("This feature has no options of its own.");
        } else {
            for (String option : new TreeSet<>(wizard.provisioner.options())) {
                Button box = new Button(options, SWT.CHECK);
                box.setText(label(option));
                box.setToolTipText("--" + option + " on the command line");
                box.setData(option);
                box.addListener(SWT.Selection, e -> update());
                genericOptions.add(box);
            }
        }

        Composite row = new Composite(options, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        new Label(row, SWT.NONE).setText("Devices changed at once:");
        parallel = new Spinner(row, SWT.BORDER);
        // Window ▸ Preferences ▸ Provisioning sets where it starts and how far it goes: a console-wide limit
        parallel.setValues(wizard.parallel, 1, wizard.parallel, 0, 1, 4);
        parallel.addListener(SWT.Modify, e -> update());
        valuesUsed = new Label(options, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(540, SWT.DEFAULT).applyTo(valuesUsed);

        Group checks = new Group(page, SWT.NONE);
        checks.setText("Estate rules on these devices");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(checks);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(checks);
        rulesSummary = new Label(checks, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(rulesSummary);
        Button again = new Button(checks, SWT.PUSH);
        again.setText("Check a&gain");
        again.setToolTipText("Check the estate rules again, after fixing the estate in the Properties view");
        again.addListener(SWT.Selection, e -> validate());
        rules = new Table(checks, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        rules.setHeaderVisible(true);
        rules.setLinesVisible(true);
        column(rules, "Severity", 70);
        column(rules, "Rule", 50);
        column(rules, "Finding and fix", 640);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(760, 70).applyTo(rules);
        setControl(page);
        update(); // the rules are checked when the page is shown
    }

    private static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    /** Each time the page is shown: the operator may have fixed the estate meanwhile. */
    @Override
    public void setVisible(boolean visible) {
        if (visible && rules != null) {
            validate();
        }
        super.setVisible(visible);
    }

    /** Checks the estate rules on the wizard's devices again and shows what they find. */
    void validate() {
        findings = RuleFindings.of(wizard.devices);
        rules.removeAll();
        for (Finding finding : findings) {
            TableItem item = new TableItem(rules, SWT.NONE);
            item.setText(new String[] {finding.isError() ? "error" : finding.severity().name().toLowerCase(Locale.ROOT),
                finding.ruleId(), finding.message()});
        }
        long errors = findings.stream().filter(Finding::isError).count();
        rulesSummary.setText(findings.isEmpty() ? "These devices break no estate rule."
                : errors == 0 ? findings.size() + " warning" + (findings.size() == 1 ? "" : "s")
                        + ": planning is possible, but read them first."
                        : errors + " error" + (errors == 1 ? "" : "s") + " must be fixed before planning.");
        rulesSummary.getParent().layout(true);
        update();
    }

    /** The rule findings shown now, for the console's tests. */
    Table rules() {
        return rules;
    }

    /** "generate-passwords" → "Generate passwords": an option id in words, when the feature gives no label. */
    static String label(String option) {
        String words = option.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? option : Character.toUpperCase(words.charAt(0)) + words.substring(1);
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

    /** What the run will use, in words: the options chosen, the parallelism, commit-confirm, the journal. */
    private String valuesUsed() {
        StringBuilder text = new StringBuilder("The run will use: ");
        if (!wizard.provisioner.options().isEmpty()) {
            for (String option : new TreeSet<>(wizard.provisioner.options())) {
                text.append(label(option)).append(' ').append(wizard.options.contains(option) ? "on" : "off")
                        .append(" (--").append(option).append("); ");
            }
        }
        text.append(wizard.parallel).append(" device").append(wizard.parallel == 1 ? "" : "s").append(" at once; ");
        if (wizard.provisioner.canCutOffConsole()) {
            text.append("commit-confirm: each device reverts the change by itself unless the console confirms it"
                    + " within ").append(ApplyRunner.Builder.DEFAULT_CONFIRM_SECONDS).append(" s; ");
        }
        text.append("journal in ").append(Journal.besideEstate(wizard.estateFile).folder()).append('.');
        return text.toString();
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
        if (valuesUsed != null) {
            valuesUsed.setText(valuesUsed());
            valuesUsed.getParent().layout(true);
        }
        String problem = null;
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (wizard.devices.isEmpty()) {
            problem = "The selection holds no device that " + wizard.contribution.name().toLowerCase(Locale.ROOT)
                    + " applies to: select one, or its site or customer, and open the wizard again.";
        } else if (!errors.isEmpty()) {
            problem = errors.get(0).ruleId() + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more below)" : "")
                    + ". Fix the estate, then press Check again.";
        } else if (wizard.optionsContributor != null) {
            problem = wizard.optionsContributor.problem();
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
