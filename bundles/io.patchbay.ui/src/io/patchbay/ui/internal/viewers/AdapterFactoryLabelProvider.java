package io.patchbay.ui.internal.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from the EMF item providers of the edit bundle; images are owned and disposed here. */
public final class AdapterFactoryLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        if (provider == null) {
            return null;
        }
        Object image = provider.getImage(element);
        if (image instanceof ComposedImage composed) {
            List<Object> layers = composed.getImages();
            image = layers.isEmpty() ? null : layers.get(0);
        }
        return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }
}
