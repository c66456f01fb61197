package io.patchbay.releng.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of the estate model without an Eclipse workbench.
 * <p>
 * Usage: {@code GenerateModel <repository root>}. It
 * <ol>
 * <li>maps {@code platform:/resource/io.patchbay.model/} and {@code platform:/resource/io.patchbay.model.edit/} to
 * the bundle folders, and {@code platform:/plugin/org.eclipse.emf.ecore/} to the Ecore jar (for Ecore.genmodel);</li>
 * <li>loads {@code bundles/io.patchbay.model/model/estate.genmodel}, brings it in line with {@code estate.ecore}
 * (drops entries of removed classifiers/features, adds new ones with default settings; the file is rewritten only if
 * that changes it) and validates it;</li>
 * <li>deletes the generated files of both bundles' {@code src-gen/} folders, except those that hold hand-written
 * {@code @generated NOT} members (the EMF merger keeps those members), and generates the model code and the edit code
 * (item providers) into them; the edit bundle's {@code plugin.properties} is merged (existing keys keep their text,
 * new keys are appended) and missing icons are created.</li>
 * </ol>
 * MANIFEST.MF, build.properties and plugin.xml of both bundles, and the model bundle's plugin.properties, are
 * maintained by hand: the generator never touches them.
 */
public final class GenerateModel {

    static final String MODEL_BUNDLE = "io.patchbay.model";
    static final String EDIT_BUNDLE = "io.patchbay.model.edit";
    static final String GENMODEL = "platform:/resource/" + MODEL_BUNDLE + "/model/estate.genmodel";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            fail("usage: GenerateModel <repository root>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
        for (Path bundle : List.of(modelBundle, editBundle)) {
            if (!Files.isDirectory(bundle)) {
                fail("bundle folder not found: " + bundle);
            }
        }

        // Stand-alone EMF set-up: resource factories, packages, platform URI mappings.
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, folderUri(modelBundle));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, folderUri(editBundle));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getURIConverter().getURIMap().put(
                URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), ecoreBundleRoot());

        Resource genModelResource = resourceSet.getResource(URI.createURI(GENMODEL), true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);

        syncWithEcore(genModel, genModelResource, modelBundle.resolve("model/estate.genmodel"));

        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            fail("the genmodel is not valid:\n" + format(validation));
        }
        genModel.setCanGenerate(true);

        // Remove purely generated files so that code of removed classes disappears; files with hand-written
        // "@generated NOT" members stay, and JMerge carries those members into the regenerated file.
        deleteGenerated(modelBundle.resolve("src-gen"));
        deleteGenerated(editBundle.resolve("src-gen"));

        Generator generator = new Generator();
        GeneratorAdapterFactory.Descriptor adapters = PatchbayAdapterFactory::new;
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, adapters);
        generator.setInput(genModel);
        check("model", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, quietMonitor()));
        check("edit", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, quietMonitor()));

        System.out.println("generated " + count(modelBundle.resolve("src-gen")) + " files into "
                + root.relativize(modelBundle.resolve("src-gen")) + " and " + count(editBundle.resolve("src-gen"))
                + " files into " + root.relativize(editBundle.resolve("src-gen")));
    }

    /**
     * Drops GenModel entries whose Ecore element is gone, adds entries for new Ecore elements (GenPackage.initialize
     * keeps the settings of existing entries) and saves the .genmodel only when that changed its serialised form.
     */
    private static void syncWithEcore(GenModel genModel, Resource resource, Path file) throws IOException {
        genModel.reconcile();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        byte[] bytes = out.toByteArray();
        if (!java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
            Files.write(file, bytes);
            System.out.println("updated " + file.getFileName() + " from the .ecore");
        }
    }

    /** The generator adapters, minus everything that would write our hand-maintained bundle files. */
    static final class PatchbayAdapterFactory extends GenModelGeneratorAdapterFactory {
        @Override
        public Adapter createGenModelAdapter() {
            if (genModelGeneratorAdapter == null) {
                genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                    @Override
                    protected void generateModelManifest(GenModel genModel, Monitor monitor) {
                        // hand-written META-INF/MANIFEST.MF and plugin.xml
                    }

                    @Override
                    protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
                        // hand-written build.properties
                    }

                    @Override
                    protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
                        // the model bundle needs no plugin.properties
                    }

                    @Override
                    protected void generateEditManifest(GenModel genModel, Monitor monitor) {
                        // hand-written META-INF/MANIFEST.MF and plugin.xml
                    }

                    @Override
                    protected void generateEditBuildProperties(GenModel genModel, Monitor monitor) {
                        // hand-written build.properties
                    }
                };
            }
            return genModelGeneratorAdapter;
        }
    }

    private static URI folderUri(Path folder) {
        return URI.createFileURI(folder.toString()).appendSegment("");
    }

    /** The root of the org.eclipse.emf.ecore jar on the class path, which holds model/Ecore.genmodel. */
    private static URI ecoreBundleRoot() {
        URL url = EcorePackage.class.getResource("/model/Ecore.genmodel");
        if (url == null) {
            fail("model/Ecore.genmodel not found on the class path (org.eclipse.emf.ecore jar)");
        }
        return URI.createURI(url.toString()).trimSegments(2).appendSegment("");
    }

    private static Monitor quietMonitor() {
        return new BasicMonitor();
    }

    private static void check(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
            System.err.println(what + " generation: " + format(diagnostic));
        }
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            fail(what + " generation failed");
        }
    }

    private static String format(Diagnostic diagnostic) {
        StringBuilder sb = new StringBuilder();
        append(sb, diagnostic, "");
        return sb.toString();
    }

    private static void append(StringBuilder sb, Diagnostic diagnostic, String indent) {
        sb.append(indent).append(diagnostic.getMessage()).append('\n');
        if (diagnostic.getException() != null) {
            sb.append(indent).append("  ").append(diagnostic.getException()).append('\n');
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            append(sb, child, indent + "  ");
        }
    }

    private static void deleteGenerated(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> rest = Files.list(p)) {
                        if (rest.findAny().isEmpty()) {
                            Files.delete(p);
                        }
                    }
                } else if (!Files.readString(p).contains("@generated NOT")) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long count(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    private static void fail(String message) {
        throw new IllegalStateException("generate-model: " + message);
    }
}
