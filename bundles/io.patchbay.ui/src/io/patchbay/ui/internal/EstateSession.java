package io.patchbay.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.provider.EstateItemProviderAdapterFactory;
import io.patchbay.ui.internal.viewers.ItemPropertySource;

/**
 * The estate open in this console window: its file, the editing domain that owns it (undo/redo through EMF commands)
 * and the item providers the views draw it with. A file that cannot be read leaves an empty session with the reason.
 */
public final class EstateSession {

    private final Path file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private final String problem;
    private final String note;

    private EstateSession(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
            Resource resource, String problem, String note) {
        this.file = file;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.resource = resource;
        this.problem = problem;
        this.note = note;
    }

    public static EstateSession open(Path file) {
        return open(file, null);
    }

    /** Opens {@code file}; {@code note} (may be null) is shown with the estate, e.g. that its devices are twins. */
    public static EstateSession open(Path file, String note) {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new EstateItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                EstateResources.createResourceSet());
        try {
            Resource resource = EstateResources.load(domain.getResourceSet(), file).eResource();
            return new EstateSession(file, factory, domain, resource, null, note);
        } catch (Exception e) {
            return new EstateSession(file, factory, domain, null, "Cannot open " + file + ": " + e.getMessage(),
                    note);
        }
    }

    public Path file() {
        return file;
    }

    /** The resource holding the estate, or empty when the file could not be read (see {@link #problem()}). */
    public Optional<Resource> resource() {
        return Optional.ofNullable(resource);
    }

    /** The open estate, or empty when the file could not be read (see {@link #problem()}). */
    public Optional<Estate> estate() {
        return resource().map(r -> (Estate) r.getContents().get(0));
    }

    /** Something the operator should know about this estate, shown with it (not an error). */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    /** Every change to the estate goes through this stack: undo, redo, and whether there is anything to save. */
    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    /** A Properties page showing a selected object's settings; edits there are undoable commands on this estate. */
    public IPropertySheetPage propertySheetPage() {
        PropertySheetPage page = new PropertySheetPage();
        page.setPropertySourceProvider(object -> new ItemPropertySource(object, adapterFactory(), editingDomain()));
        return page;
    }

    /**
     * Writes the estate back to its file (atomically) and marks the command stack saved; an estate that could not be
     * read is never written. When writing fails the operator is told in a dialog and the changes stay open.
     *
     * @return whether the file was written
     */
    public boolean save(Shell shell) {
        Optional<Estate> estate = estate();
        if (estate.isEmpty()) {
            return false;
        }
        try {
            EstateResources.save(estate.get(), file());
            commandStack().saveIsDone();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, "Estate not saved", "Cannot write " + file() + ": " + e.getMessage()
                    + "\nCheck that the folder is writable; your changes are still open.");
            return false;
        }
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
