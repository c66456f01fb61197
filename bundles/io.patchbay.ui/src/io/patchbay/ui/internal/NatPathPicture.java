package io.patchbay.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.ObjectResult;
import io.patchbay.livetest.Outcome;

/**
 * The path a Device@Home phone takes to its system, drawn from one Device@Home result: HFA phone at home → home
 * router (its NAT) → company router → system, with the verdict of each hop: STUN and the NAT type (F-05, F-03) for the home side,
 * the company router's forwards (F-10) across the internet, HFA-TLS (F-14) to the system.
 */
final class NatPathPicture {

    /** One hop of the path and what the suite found on it. */
    record Hop(String from, String to, Outcome outcome, List<String> rules, String detail) {
    }

    /** The suite whose results this picture shows. */
    static final String SUITE = "device-at-home";

    private final Canvas canvas;
    private List<Hop> hops = List.of();
    private String system = "";

    NatPathPicture(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> paint(event.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** The hops shown now (empty when no Device@Home result is shown). */
    List<Hop> hops() {
        return hops;
    }

    /** Shows {@code result} (a Device@Home result), or nothing for {@code null}. */
    void show(ObjectResult result) {
        hops = result == null ? List.of() : hops(result);
        system = result == null ? "" : result.object();
        canvas.redraw();
    }

    static List<Hop> hops(ObjectResult result) {
        List<Hop> path = new ArrayList<>();
        path.add(hop(result, "phone at home", "home router", Set.of("F-05", "F-03")));
        path.add(hop(result, "home router", "company router", Set.of("F-10")));
        path.add(hop(result, "company router", "system", Set.of("F-14")));
        return path;
    }

    private static Hop hop(ObjectResult result, String from, String to, Set<String> rules) {
        List<CheckResult> checks = result.checks().stream().filter(c -> rules.contains(c.factId())).toList();
        Outcome outcome = Outcome.of(checks.stream().map(CheckResult::outcome).toList());
        String detail = checks.stream().filter(c -> c.outcome() == outcome).map(c -> c.check() + ": " + c.message())
                .findFirst().orElse("not checked");
        return new Hop(from, to, outcome, checks.stream().map(CheckResult::factId).distinct().toList(), detail);
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (hops.isEmpty()) {
            gc.drawText("Run Device@Home and select a system to see the path of its phones at home.", 8, 8, true);
            return;
        }
        gc.drawText("Device@Home path to " + system, 8, 4, true);
        List<String> nodes = new ArrayList<>();
        hops.forEach(h -> nodes.add(h.from()));
        nodes.add(hops.get(hops.size() - 1).to());
        int count = nodes.size();
        int[] width = new int[count];
        int needed = 0;
        for (int i = 0; i < count; i++) {
            width[i] = gc.textExtent(nodes.get(i)).x + 16;
            needed += width[i];
        }
        int gap = count > 1 ? (area.width - 16 - needed) / (count - 1) : 0;
        if (gap < 90) { // too narrow for the names: equal boxes, names cut
            int box = Math.max(40, (area.width - 16 - 90 * (count - 1)) / count);
            Arrays.fill(width, box);
            gap = 90;
        }
        int boxHeight = gc.getFontMetrics().getHeight() + 14;
        int lineHeight = gc.getFontMetrics().getHeight();
        int top = Math.max(lineHeight * 2 + 10, (area.height - boxHeight - 2 * lineHeight) / 2);
        int[] left = new int[count];
        for (int i = 0; i < count; i++) {
            left[i] = i == 0 ? 8 : left[i - 1] + width[i - 1] + gap;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawRoundRectangle(left[i], top, width[i], boxHeight, 8, 8);
            String label = fit(gc, nodes.get(i), width[i] - 8);
            Point size = gc.textExtent(label);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(label, left[i] + (width[i] - size.x) / 2, top + (boxHeight - size.y) / 2, true);
        }
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            int x1 = left[i] + width[i] + 2;
            int x2 = left[i + 1] - 2;
            int y = top + boxHeight / 2;
            Color color = color(hop.outcome());
            gc.setForeground(color);
            gc.setLineWidth(hop.outcome() == Outcome.FAILED ? 3 : 2);
            gc.drawLine(x1, y, x2, y);
            gc.drawLine(x2, y, x2 - 7, y - 5);
            gc.drawLine(x2, y, x2 - 7, y + 5);
            gc.setLineWidth(1);
            String verdict = verdict(hop.outcome()) + " " + String.join(" ", hop.rules());
            Point size = gc.textExtent(verdict);
            gc.drawText(verdict, (x1 + x2 - size.x) / 2, y - size.y - 4, true);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            String detail = fit(gc, hop.detail(), Math.max(40, x2 - x1 + width[i + 1]));
            Point detailSize = gc.textExtent(detail);
            gc.drawText(detail, Math.max(2, (x1 + x2 - detailSize.x) / 2), top + boxHeight + 6 + (i % 2) * (detailSize.y
                    + 2), true);
        }
    }

    private Color color(Outcome outcome) {
        return canvas.getDisplay().getSystemColor(switch (outcome) {
            case PASSED -> SWT.COLOR_DARK_GREEN;
            case FAILED -> SWT.COLOR_RED;
            case SKIPPED -> SWT.COLOR_DARK_GRAY;
        });
    }

    static String verdict(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case SKIPPED -> "SKIP";
        };
    }

    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
