package io.patchbay.model.csv.internal;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.patchbay.model.PortRange;
import io.patchbay.model.SoftwareVersion;

/** Text form of attribute values in CSV cells: what an export writes and an import accepts. */
final class Values {

    private Values() {
    }

    /** A cell value that the user must fix; the message says how. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message);
        }
    }

    static String format(EAttribute attribute, Object value) {
        if (value == null) {
            return "";
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum) {
            return ((org.eclipse.emf.common.util.Enumerator) value).getLiteral();
        }
        return EcoreUtil.convertToString(type, value);
    }

    /** Parses a non-empty cell into a value of the attribute's type. */
    static Object parse(EAttribute attribute, String text) throws BadValue {
        EClassifier type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                if (literal.getLiteral().equalsIgnoreCase(text) || literal.getName().equalsIgnoreCase(text)) {
                    return literal.getInstance();
                }
            }
            throw new BadValue("'" + text + "' is not one of " + eEnum.getELiterals().stream()
                    .map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            throw new BadValue("'" + text + "' is not true or false");
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new BadValue("'" + text + "' is not a whole number");
            }
        }
        if (instanceClass == PortRange.class) {
            try {
                return PortRange.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadValue("'" + text + "' is not a port or port range; write a port from 1 to 65535 "
                        + "(e.g. 4060) or a range first-last (e.g. 30274-30529)");
            }
        }
        if (instanceClass == SoftwareVersion.class) {
            try {
                return SoftwareVersion.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadValue("'" + text + "' is not a version; write it as the vendor does, e.g. V3 R0.40.4, "
                        + "V2R7 or 36.72.0.57");
            }
        }
        if (type == EcorePackage.Literals.ESTRING) {
            return text;
        }
        try {
            return EcoreUtil.createFromString((EDataType) type, text);
        } catch (RuntimeException e) {
            throw new BadValue("'" + text + "' is not a valid " + type.getName());
        }
    }
}
