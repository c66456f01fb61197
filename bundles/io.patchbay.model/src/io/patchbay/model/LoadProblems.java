package io.patchbay.model;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report about an unreadable file into one located line an operator can act on. */
final class LoadProblems {

    private LoadProblems() {
    }

    static EstateFileException located(Path file, Resource.Diagnostic recorded, Throwable thrown) {
        SAXParseException malformed = find(thrown, SAXParseException.class);
        if (malformed != null) {
            return new EstateFileException(file, malformed.getLineNumber(), malformed.getColumnNumber(),
                    "not well-formed XML (" + malformed.getMessage() + "); repair the file or restore it", thrown);
        }
        if (find(thrown, CharacterCodingException.class) != null) {
            return new EstateFileException(file, 0, 0, "not UTF-8 text; save the file as UTF-8", thrown);
        }
        Resource.Diagnostic diagnostic = recorded != null ? recorded : find(thrown, Resource.Diagnostic.class);
        if (diagnostic != null) {
            return new EstateFileException(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic),
                    thrown != null ? thrown : diagnostic instanceof Throwable t ? t : null);
        }
        String reason = thrown == null ? "unknown problem" : thrown.getMessage() != null ? thrown.getMessage()
                : thrown.getClass().getSimpleName();
        return new EstateFileException(file, 0, 0, "cannot be read (" + reason + ")", thrown);
    }

    private static String describe(Resource.Diagnostic diagnostic) {
        if (diagnostic instanceof PackageNotFoundException unknown) {
            return "not an estate file (unknown namespace '" + unknown.uri() + "'); open a file written by Patchbay";
        }
        if (diagnostic instanceof ClassNotFoundException unknown) {
            return "unknown element type '" + unknown.getName() + "'; remove it, or open the file with the "
                    + "Patchbay version that wrote it";
        }
        if (diagnostic instanceof FeatureNotFoundException unknown) {
            return "unknown attribute or element '" + unknown.getName() + "' on "
                    + (unknown.getObject() == null ? "an object" : unknown.getObject().eClass().getName())
                    + "; remove it, or open the file with the Patchbay version that wrote it";
        }
        if (diagnostic instanceof IllegalValueException illegal) {
            return "bad value '" + illegal.getValue() + "' for '" + illegal.getFeature().getName() + "' of "
                    + illegal.getObject().eClass().getName() + "; correct it";
        }
        if (diagnostic instanceof UnresolvedReferenceException dangling) {
            return "reference '" + dangling.getReference() + "' points to no object in the estate; correct or remove it";
        }
        return diagnostic.getMessage();
    }

    private static <T> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
