package io.patchbay.model.validation.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import io.patchbay.model.EstatePackage;

/**
 * The EMF validator of the estate package: runs every rule that applies to an object. The Diagnostician calls it once
 * per object of the tree; rules about the whole estate (uniqueness) hang on the {@code Estate} root.
 */
public final class EstateValidator implements EValidator {

    /** The diagnostic source of all estate rules. */
    public static final String SOURCE = "io.patchbay.model";

    private static final EstateValidator INSTANCE = new EstateValidator();

    private final List<Rule<?>> rules = Rules.all();

    private EstateValidator() {
    }

    /** Registers the validator for the estate package (idempotent). */
    public static synchronized void register() {
        if (EValidator.Registry.INSTANCE.get(EstatePackage.eINSTANCE) != INSTANCE) {
            EValidator.Registry.INSTANCE.put(EstatePackage.eINSTANCE, INSTANCE);
        }
    }

    /** The ids of the rules, in the order they run on one object. */
    public static List<String> ruleIds() {
        return INSTANCE.rules.stream().map(Rule::id).toList();
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        for (Rule<?> rule : rules) {
            if (rule.appliesTo(object)) {
                rule.check(object, report);
            }
        }
        return report.clean();
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }
}
