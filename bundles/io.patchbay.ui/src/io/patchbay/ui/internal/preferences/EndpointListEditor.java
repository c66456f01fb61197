package io.patchbay.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.probe.HostAndPort;

/**
 * The RSP.servicelink endpoints of the Live Tests page: a list of "host:port role" lines with Add, Edit (replaces the
 * selected line) and Remove, fed by a Role and a Host:port field below it. What is typed there is validated as it is
 * typed; while it is wrong the error names the field and the page cannot be confirmed.
 */
final class EndpointListEditor extends FieldEditor {

    static final String ROLE_LABEL = "Endpoint role:";
    static final String ADDRESS_LABEL = "Endpoint host:port:";

    private Composite box;
    private org.eclipse.swt.widgets.List list;
    private Composite buttons;
    private Button add;
    private Button edit;
    private Button remove;
    private Label roleLabel;
    private Text role;
    private Label addressLabel;
    private Text address;
    private boolean valid = true;

    EndpointListEditor(String name, String label, Composite parent) {
        init(name, label);
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        ((GridData) getLabelControl().getLayoutData()).horizontalSpan = numColumns;
        ((GridData) box.getLayoutData()).horizontalSpan = numColumns;
        ((GridData) role.getLayoutData()).horizontalSpan = numColumns - 1;
        ((GridData) address.getLayoutData()).horizontalSpan = numColumns - 1;
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        Label label = getLabelControl(parent);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, numColumns, 1));

        // the list and its buttons share the whole width, the buttons as narrow as their text
        box = new Composite(parent, SWT.NONE);
        GridLayout boxLayout = new GridLayout(2, false);
        boxLayout.marginWidth = 0;
        boxLayout.marginHeight = 0;
        box.setLayout(boxLayout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, numColumns, 1));
        list = new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false);
        listData.heightHint = list.getItemHeight() * 5;
        list.setLayoutData(listData);
        list.addListener(SWT.Selection, e -> selected());

        buttons = new Composite(box, SWT.NONE);
        GridLayout layout = new GridLayout(1, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        buttons.setLayout(layout);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        add = button("&Add");
        add.addListener(SWT.Selection, e -> put(-1));
        edit = button("&Edit");
        edit.addListener(SWT.Selection, e -> put(list.getSelectionIndex()));
        remove = button("&Remove");
        remove.addListener(SWT.Selection, e -> remove());

        roleLabel = new Label(parent, SWT.NONE);
        roleLabel.setText(ROLE_LABEL);
        role = new Text(parent, SWT.BORDER | SWT.SINGLE);
        role.setMessage("e.g. primary load balancer");
        role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, numColumns - 1, 1));
        addressLabel = new Label(parent, SWT.NONE);
        addressLabel.setText(ADDRESS_LABEL);
        address = new Text(parent, SWT.BORDER | SWT.SINGLE);
        address.setMessage("e.g. 188.64.18.50:443");
        address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, numColumns - 1, 1));
        role.addListener(SWT.Modify, e -> refreshValidState());
        address.addListener(SWT.Modify, e -> refreshValidState());
        updateButtons();
    }

    private Button button(String text) {
        Button button = new Button(buttons, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    @Override
    protected void doLoad() {
        show(getPreferenceStore().getString(getPreferenceName()));
    }

    @Override
    protected void doLoadDefault() {
        show(getPreferenceStore().getDefaultString(getPreferenceName()));
    }

    private void show(String lines) {
        list.removeAll();
        for (LiveTestRequest.Endpoint endpoint : ConsolePreferences.parseEndpoints(lines)) {
            list.add(ConsolePreferences.format(endpoint));
        }
        updateButtons();
    }

    @Override
    protected void doStore() {
        List<LiveTestRequest.Endpoint> endpoints = new ArrayList<>();
        for (String item : list.getItems()) {
            endpoints.add(ConsolePreferences.parseEndpoint(item));
        }
        getPreferenceStore().setValue(getPreferenceName(), ConsolePreferences.formatEndpoints(endpoints));
    }

    @Override
    public int getNumberOfControls() {
        return 2;
    }

    @Override
    public boolean isValid() {
        return valid;
    }

    @Override
    protected void refreshValidState() {
        boolean was = valid;
        String problem = problem();
        valid = problem == null;
        if (valid) {
            clearErrorMessage();
        } else {
            showErrorMessage(problem);
        }
        updateButtons();
        if (was != valid) {
            fireStateChanged(IS_VALID, was, valid);
        }
    }

    @Override
    public void setFocus() {
        if (list != null) {
            list.setFocus();
        }
    }

    @Override
    public void setEnabled(boolean enabled, Composite parent) {
        super.setEnabled(enabled, parent);
        list.setEnabled(enabled);
        role.setEnabled(enabled);
        address.setEnabled(enabled);
        updateButtons();
    }

    /** What is wrong with the fields, naming the field; {@code null} when both are empty or both are right. */
    private String problem() {
        if (role == null || (role.getText().isBlank() && address.getText().isBlank())) {
            return null;
        }
        if (role.getText().isBlank()) {
            return "RSP.servicelink endpoint role: enter what the endpoint is, e.g. primary load balancer.";
        }
        try {
            HostAndPort.parse(address.getText(), ConsolePreferences.SERVICELINK_PORT);
            return null;
        } catch (IllegalArgumentException e) {
            return "RSP.servicelink endpoint host:port: " + (address.getText().isBlank() ? "enter the endpoint's"
                    + " address" : e.getMessage()) + " (write host:port, e.g. 188.64.18.50:443).";
        }
    }

    private boolean filled() {
        return !role.getText().isBlank() && !address.getText().isBlank() && problem() == null;
    }

    private void updateButtons() {
        if (add == null) {
            return;
        }
        boolean enabled = list.isEnabled();
        add.setEnabled(enabled && filled());
        edit.setEnabled(enabled && filled() && list.getSelectionIndex() >= 0);
        remove.setEnabled(enabled && list.getSelectionIndex() >= 0);
    }

    private void selected() {
        int index = list.getSelectionIndex();
        if (index >= 0) {
            LiveTestRequest.Endpoint endpoint = ConsolePreferences.parseEndpoint(list.getItem(index));
            role.setText(endpoint.role());
            address.setText(new HostAndPort(endpoint.host(), endpoint.port()).toString());
        }
        updateButtons();
    }

    /** Adds the fields as a new line ({@code index} -1) or replaces line {@code index} with them. */
    private void put(int index) {
        if (!filled()) {
            return;
        }
        HostAndPort server = HostAndPort.parse(address.getText(),
                ConsolePreferences.SERVICELINK_PORT);
        String line = ConsolePreferences.format(new LiveTestRequest.Endpoint(role.getText(), server.host(),
                server.port()));
        if (index < 0) {
            list.add(line);
        } else {
            list.setItem(index, line);
        }
        list.deselectAll();
        role.setText("");
        address.setText("");
        updateButtons();
    }

    private void remove() {
        int index = list.getSelectionIndex();
        if (index >= 0) {
            list.remove(index);
            role.setText("");
            address.setText("");
        }
        updateButtons();
    }
}
