package io.patchbay.ui.internal.editors;

import java.util.Locale;

import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.patchbay.model.PortRange;

/**
 * How a setting typed as text becomes a model value, and which text the model cannot hold: a port outside 1–65535,
 * "abc" for a number, a port range or version that does not parse. Such text is refused at the control with a message
 * that says what to type; it never reaches the model. Whether a value the model can hold is <em>right</em> is the
 * estate rules' business (EstateValidation), never this class's.
 */
final class TextConversions {

    private final EStructuralFeature feature;
    private final EDataType type;
    private final String label;

    TextConversions(EStructuralFeature feature, String label) {
        this.feature = feature;
        this.type = (EDataType) feature.getEType();
        this.label = label;
    }

    /** Whether the setting is a whole number (int or long, primitive or boxed). */
    boolean isNumber() {
        Class<?> c = type.getInstanceClass();
        return c == int.class || c == Integer.class || c == long.class || c == Long.class;
    }

    /** Whether the setting is a TCP/UDP port. */
    boolean isPort() {
        String name = feature.getName().toLowerCase(Locale.ROOT);
        return isNumber() && name.endsWith("port");
    }

    /** Whether 0 means "not set" for this number (its default is 0), so 0 is accepted. */
    private boolean zeroMeansUnset() {
        return feature.getDefaultValueLiteral() == null || "0".equals(feature.getDefaultValueLiteral());
    }

    IValidator<String> validator() {
        return text -> {
            String value = text == null ? "" : text.strip();
            if (value.isEmpty()) {
                return isNumber() && type.getInstanceClass().isPrimitive()
                        ? ValidationStatus.error(label + " needs a number" + range())
                        : ValidationStatus.ok();
            }
            if (isNumber()) {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return ValidationStatus.error("'" + value + "' is not a number: " + label + " takes a whole number"
                            + range());
                }
                long min = isPort() && !zeroMeansUnset() ? PortRange.MIN_PORT : 0;
                long max = isPort() ? PortRange.MAX_PORT : Integer.MAX_VALUE;
                if (number < min || number > max) {
                    return ValidationStatus.error(value + " is out of range: " + label + " takes " + min + " to "
                            + max + (isPort() && min == 0 ? " (0: not set)" : ""));
                }
                return ValidationStatus.ok();
            }
            try {
                EcoreUtil.createFromString(type, value);
                return ValidationStatus.ok();
            } catch (RuntimeException e) {
                return ValidationStatus.error("'" + value + "' is not a valid " + label + example());
            }
        };
    }

    private String range() {
        if (!isPort()) {
            return "";
        }
        return zeroMeansUnset() ? " (0 to 65535, 0: not set)" : " (a port, 1 to 65535)";
    }

    private String example() {
        return switch (type.getName()) {
            case "PortRange" -> ": write a port or a range, e.g. 30274-30529";
            case "SoftwareVersion" -> ": write a version, e.g. V2R7 or V1 R9.2.0";
            case "Instant" -> ": write a GMT time, e.g. 2026-01-31T00:00:00Z";
            case "EBigInteger" -> ": write a whole number";
            default -> "";
        };
    }

    IConverter<String, Object> toModel() {
        return IConverter.create(String.class, type.getInstanceClass(), text -> {
            String value = text == null ? "" : text.strip();
            if (value.isEmpty()) {
                return null;
            }
            Class<?> c = type.getInstanceClass();
            if (c == int.class || c == Integer.class) {
                return Integer.valueOf(value);
            }
            if (c == long.class || c == Long.class) {
                return Long.valueOf(value);
            }
            return EcoreUtil.createFromString(type, value);
        });
    }

    IConverter<Object, String> toText() {
        return IConverter.create(type.getInstanceClass(), String.class,
                value -> value == null ? "" : EcoreUtil.convertToString(type, value));
    }
}
