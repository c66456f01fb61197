package io.patchbay.ui.internal.editors;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.databinding.AggregateValidationStatus;
import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import io.patchbay.model.EstateLabels;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.ui.internal.CommandStackActions;
import io.patchbay.ui.internal.EstateSession;

/**
 * The editor of one estate object (customer, site, system, station, device, router, RSIP server, certificate…): a form
 * whose sections group the object's settings, one control per setting (checkbox, combo, validated text), bound with
 * JFace data binding to the object. Every edit is an EMF command on the session's editing domain, so undo/redo, the
 * dirty mark and Save are those of the whole console.
 * <p>
 * After every change the estate rules run (the same {@link EstateValidation} as the Diagnostics view) and each
 * finding on this object is shown as a decoration on the control of the setting it is about, with the rule id, the
 * problem and the fix in its hover, and in the form's message area. Text the model cannot hold is refused at the
 * control. The editor closes itself when its object leaves the estate (deleted, or a create undone).
 */
public final class ObjectEditor extends EditorPart {

    private EstateSession session;
    private EObject object;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private DataBindingContext bindings;
    private AggregateValidationStatus inputStatus;
    private CommandStackActions undoRedo;
    private final Map<EStructuralFeature, Control> controls = new LinkedHashMap<>();
    private final Map<EStructuralFeature, ControlDecoration> decorations = new LinkedHashMap<>();
    private List<Finding> findings = List.of();
    private boolean checkPending;
    private final CommandStackListener onChange = this::commandStackChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof EstateObjectInput objectInput)) {
            throw new PartInitException("The object editor opens objects of the estate, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        session = site.getService(EstateSession.class);
        if (session == null) {
            throw new PartInitException("No estate is open in this window; open one to edit " + input.getName());
        }
        object = objectInput.object();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(EstateLabels.describe(object));
        toolkit.decorateFormHeading(form.getForm());
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(12, 12)
                .applyTo(form.getBody());
        Realm realm = DisplayRealm.getRealm(parent.getDisplay());
        bindings = new DataBindingContext(realm);
        IItemPropertySource properties = (IItemPropertySource) session.adapterFactory().adapt(object,
                IItemPropertySource.class);
        for (EditorSections.Section spec : EditorSections.of(object.eClass())) {
            Section section = toolkit.createSection(form.getBody(),
                    ExpandableComposite.TITLE_BAR | Section.DESCRIPTION | ExpandableComposite.EXPANDED);
            section.setText(spec.title());
            section.setDescription(spec.description());
            // a small width hint: the form wraps the descriptions to the editor's width instead of scrolling sideways
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).hint(200, SWT.DEFAULT)
                    .applyTo(section);
            Composite client = toolkit.createComposite(section);
            // the second column's indent leaves room for the decorations left and right of each control
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 6).extendedMargins(2, 12, 4, 4).applyTo(client);
            for (EStructuralFeature feature : spec.features()) {
                IItemPropertyDescriptor descriptor = properties == null ? null
                        : properties.getPropertyDescriptor(object, feature);
                createRow(client, realm, feature, descriptor);
            }
            toolkit.paintBordersFor(client);
            section.setClient(client);
        }
        inputStatus = new AggregateValidationStatus(bindings.getBindings(), AggregateValidationStatus.MAX_SEVERITY);
        inputStatus.addValueChangeListener(event -> showMessages());
        session.commandStack().addCommandStackListener(onChange);
        undoRedo = new CommandStackActions(session.commandStack(), getEditorSite().getActionBars());
        checkRules();
        form.reflow(true);
    }

    private void createRow(Composite client, Realm realm, EStructuralFeature feature,
            IItemPropertyDescriptor descriptor) {
        String name = descriptor != null ? descriptor.getDisplayName(object) : feature.getName();
        Label label = toolkit.createLabel(client, name + ":");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        IObservableValue<Object> model = new CommandValueProperty(session.editingDomain(), feature).observe(realm,
                object);
        Control control;
        Binding binding;
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            Button check = toolkit.createButton(client, "", SWT.CHECK);
            check.setData("name", name);
            IObservableValue<Boolean> target = WidgetProperties.buttonSelection().observe(check);
            binding = bindValue(target, model);
            control = check;
        } else if (feature.getEType() instanceof EEnum || feature instanceof EReference) {
            ComboViewer combo = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo.getCombo(), true, false);
            combo.setContentProvider(ArrayContentProvider.getInstance());
            combo.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    if (element == NONE) {
                        return "(none)";
                    }
                    return element instanceof EObject eObject ? EstateLabels.describe(eObject)
                            : descriptor != null ? descriptor.getLabelProvider(object).getText(element)
                                    : String.valueOf(element);
                }
            });
            combo.setInput(choices(feature, descriptor));
            IObservableValue<Object> target = ViewerProperties.singleSelection().observe(combo);
            binding = bindings.bindValue(target, model,
                    new UpdateValueStrategy<Object, Object>().setConverter(IConverter.create(v -> v == NONE ? null : v)),
                    new UpdateValueStrategy<Object, Object>().setConverter(IConverter.create(v -> v == null ? NONE : v)));
            control = combo.getCombo();
        } else {
            Text text = toolkit.createText(client, "", SWT.SINGLE);
            TextConversions conversions = new TextConversions(feature, name);
            IObservableValue<String> target = WidgetProperties.text(SWT.FocusOut, SWT.DefaultSelection)
                    .observe(text);
            binding = bindings.bindValue(target, model,
                    new UpdateValueStrategy<String, Object>().setAfterGetValidator(conversions.validator())
                            .setConverter(conversions.toModel()),
                    new UpdateValueStrategy<Object, String>().setConverter(conversions.toText()));
            control = text;
        }
        control.setData("name", name);
        if (descriptor != null && descriptor.getDescription(object) != null) {
            control.setToolTipText(descriptor.getDescription(object));
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).indent(10, 0).applyTo(control);
        // text the control refuses: marked right of the control; findings of the rules: left of it
        ControlDecorationSupport.create(binding, SWT.TOP | SWT.RIGHT);
        ControlDecoration decoration = new ControlDecoration(control, SWT.TOP | SWT.LEFT);
        decoration.setMarginWidth(1);
        decoration.hide();
        controls.put(feature, control);
        decorations.put(feature, decoration);
    }

    /** Stands for "no value" in a combo (a viewer cannot show null). */
    private static final Object NONE = new Object();

    private List<Object> choices(EStructuralFeature feature, IItemPropertyDescriptor descriptor) {
        List<Object> choices = new ArrayList<>();
        if (feature.getEType() instanceof EEnum eEnum) {
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                choices.add(literal.getInstance());
            }
            return choices;
        }
        choices.add(NONE);
        if (descriptor != null && descriptor.getChoiceOfValues(object) != null) {
            for (Object choice : descriptor.getChoiceOfValues(object)) {
                if (choice != null) {
                    choices.add(choice);
                }
            }
        }
        Object current = object.eGet(feature);
        if (current != null && !choices.contains(current)) {
            choices.add(current);
        }
        return choices;
    }

    private <T> Binding bindValue(IObservableValue<T> target, IObservableValue<Object> model) {
        @SuppressWarnings("unchecked")
        IObservableValue<Object> untyped = (IObservableValue<Object>) target;
        return bindings.bindValue(untyped, model);
    }

    private void commandStackChanged(EventObject event) {
        firePropertyChange(PROP_DIRTY);
        if (!checkPending && form != null && !form.isDisposed()) {
            // one check for a burst of commands (a compound quick fix, an apply run)
            checkPending = true;
            form.getDisplay().asyncExec(() -> {
                checkPending = false;
                checkRules();
            });
        }
    }

    /** Closes the editor when its object has left the estate; otherwise runs the rules and shows the findings. */
    private void checkRules() {
        if (form == null || form.isDisposed()) {
            return;
        }
        if (!inEstate()) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        String title = EstateLabels.describe(object);
        if (!title.equals(form.getText())) {
            form.setText(title);
            setPartName(title);
        }
        findings = session.estate().map(EstateValidation::validate).orElse(List.of()).stream()
                .filter(finding -> finding.object() == object).toList();
        Map<EStructuralFeature, List<Finding>> bySetting = findings.stream().filter(f -> f.setting().isPresent())
                .collect(Collectors.groupingBy(f -> f.setting().get(), LinkedHashMap::new, Collectors.toList()));
        decorations.forEach((feature, decoration) -> {
            List<Finding> about = bySetting.getOrDefault(feature, List.of());
            if (about.isEmpty()) {
                decoration.hide();
                decoration.setDescriptionText(null);
                return;
            }
            boolean error = about.stream().anyMatch(Finding::isError);
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(
                    error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
            decoration.setDescriptionText(about.stream().map(ObjectEditor::hover).collect(Collectors.joining("\n")));
            decoration.show();
        });
        showMessages();
    }

    private boolean inEstate() {
        return object.eResource() != null && session.resource().map(r -> r == object.eResource()).orElse(false);
    }

    /** "F-08 (error): HFA port is 4060, not 4062 … Fix: set it back to 4062 …" for a decoration's hover. */
    private static String hover(Finding finding) {
        return finding.ruleId() + " (" + (finding.isError() ? "error" : "warning") + "): " + finding.message()
                + finding.quickFix().map(fix -> "\nQuick fix in the Diagnostics view (Ctrl+1): " + fix.description())
                        .orElse("");
    }

    /** The form's message area: text the control refused first, then the findings on this object. */
    private void showMessages() {
        if (form == null || form.isDisposed()) {
            return;
        }
        IStatus refused = (IStatus) inputStatus.getValue();
        List<IMessage> messages = new ArrayList<>();
        for (Finding finding : findings) {
            Control control = finding.setting().map(controls::get).orElse(null);
            messages.add(new FindingMessage(finding, control));
        }
        if (refused != null && !refused.isOK()) {
            form.setMessage("Not applied: " + refused.getMessage(), IMessageProvider.ERROR,
                    messages.toArray(IMessage[]::new));
        } else if (findings.isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
        } else {
            Finding first = findings.stream().filter(Finding::isError).findFirst().orElse(findings.get(0));
            String text = first.ruleId() + ": " + headline(first);
            if (findings.size() > 1) {
                text = findings.size() + " problems. " + text;
            }
            form.setMessage(text, findings.stream().anyMatch(Finding::isError) ? IMessageProvider.ERROR
                    : IMessageProvider.WARNING, messages.toArray(IMessage[]::new));
        }
    }

    /**
     * The finding in the one line of the form heading: without the object's name (the form's title) and short enough
     * not to widen the form; the full message is in the heading's list and on the setting's mark.
     */
    private String headline(Finding finding) {
        String prefix = EstateLabels.describe(finding.object()) + ": ";
        String text = finding.message().startsWith(prefix) ? finding.message().substring(prefix.length())
                : finding.message();
        return text.length() <= HEADLINE ? text : text.substring(0, HEADLINE - 1) + "…";
    }

    private static final int HEADLINE = 60;

    /** A finding in the form heading's message list. */
    private record FindingMessage(Finding finding, Control control) implements IMessage {
        @Override
        public String getMessage() {
            return hover(finding);
        }

        @Override
        public int getMessageType() {
            return finding.isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING;
        }

        @Override
        public Object getKey() {
            return finding;
        }

        @Override
        public Object getData() {
            return finding;
        }

        @Override
        public Control getControl() {
            return control;
        }

        @Override
        public String getPrefix() {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ for the console

    /** The object this editor edits. */
    public EObject object() {
        return object;
    }

    /** The control of a setting, if the form shows it. */
    public Optional<Control> control(EStructuralFeature feature) {
        return Optional.ofNullable(controls.get(feature));
    }

    /** Scrolls the form to a setting's control and puts the focus there (nothing if the form does not show it). */
    public void reveal(EStructuralFeature feature) {
        Control control = controls.get(feature);
        if (control != null) {
            FormToolkit.ensureVisible(control);
            control.setFocus();
        }
    }

    /** The rule decoration of a setting's control (hidden when no finding is about the setting). */
    public Optional<ControlDecoration> decoration(EStructuralFeature feature) {
        return Optional.ofNullable(decorations.get(feature));
    }

    /** The findings of the estate rules on this object, as of the last change. */
    public List<Finding> findings() {
        return findings;
    }

    /** The form, whose heading shows the messages. */
    public ScrolledForm form() {
        return form;
    }

    // ------------------------------------------------------------------------------------------ saving

    @Override
    public boolean isDirty() {
        return session != null && session.commandStack().isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session.save(getSite().getShell())) {
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The edits belong to the estate, not to this editor: closing it keeps them (the navigator asks on exit). */
    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
    }

    @Override
    public void setFocus() {
        controls.values().stream().findFirst().ifPresentOrElse(Control::setFocus, () -> form.setFocus());
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.commandStack().removeCommandStackListener(onChange);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        if (inputStatus != null) {
            inputStatus.dispose();
        }
        if (bindings != null) {
            bindings.dispose();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
