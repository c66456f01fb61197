package io.patchbay.ui.internal.editors;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.patchbay.model.EstateLabels;

/**
 * The input of an {@link ObjectEditor}: one object of the open estate. Two inputs are equal when they hold the same
 * object, so opening an object whose editor is open brings that editor to the front instead of opening a second one.
 */
public final class EstateObjectInput implements IEditorInput {

    private final EObject object;

    public EstateObjectInput(EObject object) {
        this.object = Objects.requireNonNull(object, "object");
    }

    public EObject object() {
        return object;
    }

    @Override
    public boolean exists() {
        // not offered in the "recently opened" list: the object belongs to the estate open now
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return EstateLabels.describe(object);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return EstateLabels.describe(object);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(object) ? adapter.cast(object) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EstateObjectInput input && input.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}
