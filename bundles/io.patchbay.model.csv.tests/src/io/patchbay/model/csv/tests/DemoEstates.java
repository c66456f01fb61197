package io.patchbay.model.csv.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.patchbay.demo.DemoEstate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;

/** Fresh copies of the demo estate, and the estate as the text its file would hold. */
final class DemoEstates {

    private DemoEstates() {
    }

    static Estate load(Path folder) {
        try {
            Path file = Files.createTempDirectory(folder, "estate").resolve(DemoEstate.FILE_NAME);
            return EstateResources.load(DemoEstate.copyTo(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XMI text {@link EstateResources#save} writes for the estate. */
    static String text(Estate estate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            estate.eResource().save(out, EstateResources.saveOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static <T> List<T> all(Estate estate, Class<T> type) {
        List<T> found = new ArrayList<>();
        estate.eAllContents().forEachRemaining(object -> {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        });
        return found;
    }

    static void removeAll(List<? extends EObject> objects) {
        objects.forEach(org.eclipse.emf.ecore.util.EcoreUtil::remove);
    }
}
