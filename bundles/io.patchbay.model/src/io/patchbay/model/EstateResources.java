package io.patchbay.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Reading and writing estate files ({@code *.estate}, XMI).
 * <p>
 * Works the same inside OSGi and in plain Java (unit tests, tools): the resource set returned by
 * {@link #createResourceSet()} registers {@link EstatePackage} and the XMI resource factory itself instead of relying
 * on extension registries.
 * <p>
 * Files are written in a stable, diff-friendly form: UTF-8, {@code \n} line ends on every platform, one attribute per
 * line, and references written as the {@code id} of the referenced object, so that changing one value changes one
 * line. Secrets are never part of an estate (see the {@code ...Ref} attributes), so estate files can be kept in git.
 */
public final class EstateResources {

    /** The file extension of estate files, without the dot. */
    public static final String FILE_EXTENSION = "estate";

    private EstateResources() {
    }

    /**
     * Creates a resource set that can load and save estate files, with {@link #loadOptions()} as its default load
     * options.
     *
     * @return a new resource set
     */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EstatePackage.eNS_URI, EstatePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new EstateResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /**
     * Loads an estate file.
     *
     * @param file the file to read
     * @return the root of the estate, in a resource of a new {@link #createResourceSet() resource set}
     * @throws EstateFileException if the file cannot be read, is not well-formed XML, is not an estate file, contains
     *                             unknown elements or attributes, bad values or dangling references; the message
     *                             names the line and column and says what to do
     */
    public static Estate load(Path file) throws EstateFileException {
        return load(createResourceSet(), file);
    }

    /**
     * Loads an estate file into a given resource set (for example an editing domain's, made by
     * {@link #createResourceSet()}). Either the whole estate is loaded, or nothing: on failure no resource for the
     * file stays in the resource set, so a half-read estate can never be saved over the file.
     *
     * @param resourceSet the resource set that will hold the estate's resource
     * @param file        the file to read
     * @return the root of the estate
     * @throws EstateFileException as {@link #load(Path)}
     */
    public static Estate load(ResourceSet resourceSet, Path file) throws EstateFileException {
        if (!Files.isRegularFile(file)) {
            throw new EstateFileException(file, 0, 0, Files.exists(file) ? "not a file; name an .estate file"
                    : "no such file; check the path", null);
        }
        Resource resource = resourceSet.createResource(toUri(file));
        try {
            resource.load(loadOptions());
            if (!resource.getErrors().isEmpty()) {
                throw LoadProblems.located(file, resource.getErrors().get(0), null);
            }
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (root instanceof Estate estate && resource.getContents().size() == 1) {
                return estate;
            }
            throw new EstateFileException(file, 0, 0, "not an estate file (its root is "
                    + (root == null ? "missing" : root.eClass().getName())
                    + "); open a file written by Patchbay", null);
        } catch (EstateFileException e) {
            discard(resourceSet, resource);
            throw e;
        } catch (IOException | RuntimeException e) {
            discard(resourceSet, resource);
            throw LoadProblems.located(file, resource.getErrors().isEmpty() ? null : resource.getErrors().get(0), e);
        }
    }

    private static void discard(ResourceSet resourceSet, Resource resource) {
        resource.unload();
        resourceSet.getResources().remove(resource);
    }

    /**
     * Saves an estate to a file, replacing the file only once the new content has been written completely.
     * <p>
     * An estate that is not yet in a resource is put into a new resource for {@code file}; otherwise the contents of
     * its resource are written to {@code file} (the resource keeps its URI).
     *
     * @param estate the estate to save
     * @param file   the file to write
     * @throws IOException if the file cannot be written, or the estate refers to an object outside its resource
     */
    public static void save(Estate estate, Path file) throws IOException {
        Resource resource = estate.eResource();
        if (resource == null) {
            resource = createResourceSet().createResource(toUri(file));
            resource.getContents().add(estate);
        }
        Resource written = resource;
        AtomicFiles.write(file, out -> written.save(out, saveOptions()));
    }

    /**
     * The options {@link #save(Estate, Path)} uses: UTF-8, {@code \n} line ends, one attribute per line, no schema
     * location, an exception for references to objects outside the estate.
     *
     * @return a new, modifiable map of save options
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        // A line width of 1 puts every attribute on a line of its own: one changed value is one changed line.
        options.put(XMLResource.OPTION_LINE_WIDTH, 1);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    /**
     * The options {@link #load(Path)} uses (and the default load options of {@link #createResourceSet()}).
     *
     * @return a new, modifiable map of load options
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        // References may point forward in the file; resolve them once the whole file is read.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        return options;
    }

    private static URI toUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /** XMI resources that keep an id-to-object map, so that resolving references by id stays fast in large estates. */
    private static final class EstateResourceFactory extends XMIResourceFactoryImpl {
        @Override
        public Resource createResource(URI uri) {
            XMIResourceImpl resource = new XMIResourceImpl(uri);
            resource.setIntrinsicIDToEObjectMap(new HashMap<>());
            return resource;
        }
    }
}
