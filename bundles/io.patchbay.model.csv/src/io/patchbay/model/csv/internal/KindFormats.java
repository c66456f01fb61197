package io.patchbay.model.csv.internal;

import java.util.EnumMap;
import java.util.Map;

import io.patchbay.model.csv.CsvKind;

/** The format of each kind. Formats hold no state, so one instance each serves every import and export. */
public final class KindFormats {

    private static final Map<CsvKind, KindFormat> FORMATS = new EnumMap<>(CsvKind.class);
    static {
        FORMATS.put(CsvKind.STATIONS, new StationFormat());
        FORMATS.put(CsvKind.DEVICES, new DeviceFormat());
        FORMATS.put(CsvKind.ROUTERS, new RouterFormat());
        FORMATS.put(CsvKind.FORWARDING_RULES, new ForwardingRuleFormat());
        FORMATS.put(CsvKind.OUTBOUND_ALLOWANCES, new OutboundAllowanceFormat());
    }

    private KindFormats() {
    }

    public static KindFormat of(CsvKind kind) {
        return FORMATS.get(kind);
    }
}
