package io.patchbay.ui.internal.grid;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;

/**
 * Watches the parts of the estate the grid shows (the estate, customers, sites, systems and the rows themselves, not
 * their forwarding rules or clients), collects what changed, and hands the grid one batch per turn of the event loop:
 * a command that changes 5,000 stations refreshes the grid once.
 */
final class EstateChangeWatcher extends EContentAdapter {

    /** What changed since the last batch. */
    record Batch(Set<EObject> changed, Set<EObject> added, Set<EObject> removed, boolean othersChanged) {
    }

    interface Listener {
        void estateChanged(Batch batch);
    }

    private final Display display;
    private final Listener listener;
    private Set<EObject> changed = identitySet();
    private Set<EObject> added = identitySet();
    private Set<EObject> removed = identitySet();
    private boolean othersChanged;
    private boolean scheduled;

    EstateChangeWatcher(Display display, Listener listener) {
        this.display = display;
        this.listener = listener;
    }

    private static Set<EObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    @Override
    protected void addAdapter(Notifier notifier) {
        if (isWatched(notifier)) {
            super.addAdapter(notifier);
        }
    }

    private static boolean isWatched(Notifier notifier) {
        return notifier instanceof Resource || notifier instanceof Estate || notifier instanceof Customer
                || notifier instanceof Site || notifier instanceof OsbizSystem || GridKind.isRow(notifier);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // follows added and removed containers
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
                || !(notification.getNotifier() instanceof EObject notifier)) {
            return;
        }
        synchronized (this) {
            if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
                added.addAll(GridRows.rowsBelow(values(notification.getNewValue())));
                Set<EObject> gone = GridRows.rowsBelow(values(notification.getOldValue()));
                removed.addAll(gone);
                added.removeAll(gone);
            }
            if (GridKind.isRow(notifier)) {
                changed.add(notifier);
            } else {
                othersChanged = true;
            }
            if (!scheduled) {
                scheduled = true;
                if (!display.isDisposed()) {
                    display.asyncExec(this::deliver);
                }
            }
        }
    }

    private static Collection<?> values(Object value) {
        return value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
    }

    private void deliver() {
        Batch batch;
        synchronized (this) {
            scheduled = false;
            batch = new Batch(changed, added, removed, othersChanged);
            changed = identitySet();
            added = identitySet();
            removed = identitySet();
            othersChanged = false;
        }
        listener.estateChanged(batch);
    }
}
