package io.patchbay.ui.internal.editors;

import java.util.Objects;

import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One setting of an estate object as a data-binding value property whose writes are EMF {@link SetCommand}s on the
 * session's editing domain: an edit in a form is undoable, marks the estate dirty and is saved like any other change.
 * (EMF's {@code EMFEditProperties} does the same but lives in org.eclipse.emf.databinding.edit, which is not in the
 * target platform.) Changes made elsewhere (undo, the Properties view, a wizard) reach the form through an adapter.
 */
final class CommandValueProperty extends SimpleValueProperty<EObject, Object> {

    private final EditingDomain domain;
    private final EStructuralFeature feature;

    CommandValueProperty(EditingDomain domain, EStructuralFeature feature) {
        this.domain = domain;
        this.feature = feature;
    }

    @Override
    public Object getValueType() {
        return feature;
    }

    @Override
    protected Object doGetValue(EObject source) {
        return source.eGet(feature);
    }

    @Override
    protected void doSetValue(EObject source, Object value) {
        if (Objects.equals(source.eGet(feature), value)) {
            return;
        }
        Command command = SetCommand.create(domain, source, feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(
            ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
        return new NativePropertyListener<EObject, ValueDiff<? extends Object>>(this, listener) {
            private final Adapter adapter = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification notification) {
                    if (notification.getFeature() == feature && !notification.isTouch()) {
                        fireChange((EObject) notification.getNotifier(),
                                Diffs.createValueDiff(notification.getOldValue(), notification.getNewValue()));
                    }
                }
            };

            @Override
            protected void doAddTo(EObject source) {
                source.eAdapters().add(adapter);
            }

            @Override
            protected void doRemoveFrom(EObject source) {
                source.eAdapters().remove(adapter);
            }
        };
    }

    @Override
    public String toString() {
        return "command value property " + feature.getName();
    }
}
