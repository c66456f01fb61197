package io.patchbay.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.patchbay.model.Estate;
import io.patchbay.model.validation.internal.EstateValidator;

/**
 * Checks an estate against the vendor rules of the domain facts (the rules that are properties of the model, not of
 * a live device).
 * <p>
 * Each rule is an EMF constraint of the estate package: its {@link org.eclipse.emf.ecore.EValidator} is registered in
 * {@link org.eclipse.emf.ecore.EValidator.Registry#INSTANCE} for {@link io.patchbay.model.EstatePackage} as soon as
 * this class is loaded, in OSGi and in plain Java alike, so EMF tools (a {@link Diagnostician}, an editor's validate
 * action) run the same rules. Each diagnostic has source {@value #SOURCE}, the rule's number as code (7 for F-07), and
 * as data the object followed by the rule id ({@code "F-07"}), the setting it is about (an
 * {@link org.eclipse.emf.ecore.EStructuralFeature}, or {@code null}) and its {@link QuickFix} (or {@code null}).
 * <p>
 * Validation only reads the estate; it is safe to run from any thread while nobody changes the estate.
 */
public final class EstateValidation {

    /** The source of every diagnostic made by the estate rules. */
    public static final String SOURCE = EstateValidator.SOURCE;

    static {
        EstateValidator.register();
    }

    private EstateValidation() {
    }

    /**
     * Makes sure the estate validator is registered with EMF (it is, once this class is loaded; calling this is a
     * way to load it).
     */
    public static void register() {
        EstateValidator.register();
    }

    /**
     * Validates an estate.
     *
     * @param estate the estate to check
     * @return an immutable list of findings in document order (the order of the objects in the estate file, then
     *         the order the rules report them); empty if the estate breaks no rule
     */
    public static List<Finding> validate(Estate estate) {
        return findings(diagnose(estate));
    }

    /**
     * Validates an object and everything it contains, with the EMF {@link Diagnostician}.
     *
     * @param object the object to check, usually an {@link Estate}
     * @return the EMF diagnostic: one child per finding, in the order EMF visits the objects
     */
    public static Diagnostic diagnose(EObject object) {
        return Diagnostician.INSTANCE.validate(object);
    }

    /**
     * Turns an EMF diagnostic made by {@link #diagnose(EObject)} into findings. Children that do not come from the
     * estate rules (another source) are ignored.
     *
     * @param diagnostic a diagnostic of an estate
     * @return an immutable list of findings in document order
     */
    public static List<Finding> findings(Diagnostic diagnostic) {
        List<Finding> findings = new ArrayList<>();
        collect(diagnostic, findings);
        if (findings.isEmpty()) {
            return List.of();
        }
        Map<EObject, Integer> order = documentOrder(findings.get(0).object());
        // List.sort is stable: findings on the same object keep the order the rules reported them in.
        findings.sort(Comparator.comparingInt(f -> order.getOrDefault(f.object(), Integer.MAX_VALUE)));
        return List.copyOf(findings);
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (SOURCE.equals(diagnostic.getSource()) && diagnostic.getData().size() >= 2
                && diagnostic.getData().get(0) instanceof EObject object
                && diagnostic.getData().get(1) instanceof String ruleId) {
            List<?> data = diagnostic.getData();
            EStructuralFeature feature = data.size() > 2 && data.get(2) instanceof EStructuralFeature f ? f : null;
            QuickFix fix = data.size() > 3 && data.get(3) instanceof QuickFix q ? q : null;
            findings.add(new Finding(ruleId, Severity.of(diagnostic.getSeverity()), object, diagnostic.getMessage(),
                    feature, fix));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings);
        }
    }

    private static Map<EObject, Integer> documentOrder(EObject any) {
        EObject root = any;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        Map<EObject, Integer> order = new HashMap<>();
        int index = 0;
        order.put(root, index++);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            order.put(it.next(), index++);
        }
        return order;
    }
}
