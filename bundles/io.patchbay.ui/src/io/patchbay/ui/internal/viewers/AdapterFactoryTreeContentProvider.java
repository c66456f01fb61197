package io.patchbay.ui.internal.viewers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Tree content from the EMF item providers of the edit bundle, kept current as the model changes. (EMF's own
 * {@code AdapterFactoryContentProvider} lives in emf.edit.ui, which is not published on Maven Central.)
 */
public final class AdapterFactoryTreeContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public AdapterFactoryTreeContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (StructuredViewer) newViewer;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        if (provider == null) {
            return NONE;
        }
        Collection<?> children = provider.getChildren(element);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
        StructuredViewer target = viewer;
        if (target == null) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Object changed = notification.getNotifier();
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                target.refresh(changed, true);
            }
        });
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }

    private ITreeItemContentProvider provider(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }
}
