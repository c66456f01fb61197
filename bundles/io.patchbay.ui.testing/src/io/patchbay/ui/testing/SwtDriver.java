package io.patchbay.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * The thinnest driver the UI tests need over plain SWT (SWTBot is not published on Maven Central): find widgets,
 * send real input events through the window system ({@link Display#post(Event)}, XTest under X11/Xvfb), wait on the
 * display, and look at the pixels the user sees.
 * <p>
 * Every method must be called on the UI thread (tycho-surefire's {@code useUIThread}); waiting keeps the event loop
 * running, so the workbench stays alive while a test waits.
 */
public final class SwtDriver {

    /** How long a wait lasts before the test fails; generous, since CI machines are slow and shared. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final Display display;

    public SwtDriver(Display display) {
        this.display = display;
    }

    /** A driver for the display of the calling (UI) thread. */
    public static SwtDriver onCurrentDisplay() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("SwtDriver must be used on the SWT UI thread");
        }
        return new SwtDriver(display);
    }

    public Display display() {
        return display;
    }

    // ---------------------------------------------------------------------------------------------- waiting

    /** Runs the event loop until no event is pending. */
    public void flush() {
        while (display.readAndDispatch()) {
            // dispatch everything that is queued
        }
    }

    /** Runs the event loop until {@code condition} holds; fails the test naming {@code what} after the timeout. */
    public void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + DEFAULT_TIMEOUT.toSeconds() + " s waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                sleepBriefly();
            }
        }
        flush();
    }

    /**
     * Runs the event loop until {@code condition} holds or {@code timeout} passes, for a step the test may repeat (a
     * click the window system lost); returns whether it holds.
     */
    public boolean holdsWithin(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                sleepBriefly();
            }
        }
        flush();
        return true;
    }

    /** Waits until {@code supplier} gives a non-null value, and returns it. */
    public <T> T waitFor(String what, Supplier<T> supplier) {
        Object[] found = new Object[1];
        waitUntil(what, () -> (found[0] = supplier.get()) != null);
        @SuppressWarnings("unchecked")
        T result = (T) found[0];
        return result;
    }

    private void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting on the display", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- finding

    /** Every widget of {@code type} below {@code root} (root included) that matches, in depth-first order. */
    public <T extends Widget> List<T> findAll(Composite root, Class<T> type, Predicate<? super T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<? super T> filter,
            List<T> found) {
        if (type.isInstance(control) && filter.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, filter, found);
            }
        }
    }

    /**
     * Answers the next dialog titled {@code title} with its button {@code button} (mnemonic ignored), after handing
     * the dialog to {@code inspect}. A modal dialog blocks the caller, so this polls from the event loop while the
     * code under test waits for the answer; nothing happens when no such dialog opens within
     * {@link #DEFAULT_TIMEOUT}.
     */
    public void answer(String title, String button, Consumer<Shell> inspect) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst()
                    .orElse(null);
            if (dialog == null) {
                if (System.nanoTime() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            inspect.accept(dialog);
            Button choice = findAll(dialog, Button.class, b -> button.equals(b.getText().replace("&", ""))).get(0);
            choice.notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(100, poll[0]);
    }

    /** The text of a message dialog: its labels longer than a few words, one a line. */
    public String message(Shell dialog) {
        return findAll(dialog, Label.class, l -> l.getText().length() > 20).stream().map(Label::getText)
                .collect(Collectors.joining("\n"));
    }

    /** Waits until a visible widget of {@code type} matching {@code filter} exists below {@code root}. */
    public <T extends Control> T find(Composite root, Class<T> type, String what, Predicate<? super T> filter) {
        return waitFor(what, () -> findAll(root, type, c -> c.isVisible() && filter.test(c)).stream().findFirst()
                .orElse(null));
    }

    /** The labels of the tree's items as the user can see them, one line per item, indented two spaces a level. */
    public String outline(Tree tree) {
        List<String> lines = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            outline(item, 0, lines);
        }
        return String.join("\n", lines);
    }

    private static void outline(TreeItem item, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + item.getText());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                outline(child, depth + 1, lines);
            }
        }
    }

    /**
     * Follows {@code labels} from the top of the tree, expanding each step as a user would, and returns the last item.
     * A label matches an item whose text is equal to it.
     */
    public TreeItem treeItem(Tree tree, String... labels) {
        TreeItem[] level = tree.getItems();
        TreeItem current = null;
        for (String label : labels) {
            TreeItem[] candidates = level;
            current = waitFor("tree item '" + label + "' among " + texts(candidates),
                    () -> Arrays.stream(candidates).filter(i -> label.equals(i.getText())).findFirst().orElse(null));
            if (!current.getExpanded()) {
                Event expand = new Event();
                expand.item = current;
                tree.notifyListeners(SWT.Expand, expand); // lets a JFace viewer create the children first
                current.setExpanded(true);
                flush();
            }
            level = current.getItems();
        }
        return current;
    }

    private static String texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).collect(Collectors.joining("', '", "['", "']"));
    }

    // ---------------------------------------------------------------------------------------------- input

    /** Clicks the middle of {@code area} (in the control's coordinates) with the left mouse button. */
    public void click(Control control, Rectangle area) {
        control.getShell().forceActive();
        flush();
        Point target = control.toDisplay(area.x + area.width / 2, area.y + area.height / 2);
        post(mouse(SWT.MouseMove, 0, target));
        post(mouse(SWT.MouseDown, 1, target));
        post(mouse(SWT.MouseUp, 1, target));
        flush();
    }

    /** Clicks the text of a tree item, scrolling it into view first. */
    public void click(TreeItem item) {
        Tree tree = item.getParent();
        tree.showItem(item);
        flush();
        click(tree, item.getTextBounds(0));
    }

    /** Presses a key while holding modifiers, e.g. {@code press(SWT.MOD1, 'z')} for Ctrl+Z. */
    public void press(int modifiers, int keyCodeOrCharacter) {
        int[] held = {SWT.CTRL, SWT.SHIFT, SWT.ALT};
        for (int modifier : held) {
            if ((modifiers & modifier) != 0) {
                post(key(SWT.KeyDown, modifier));
            }
        }
        press(keyCodeOrCharacter);
        for (int modifier : held) {
            if ((modifiers & modifier) != 0) {
                post(key(SWT.KeyUp, modifier));
            }
        }
    }

    private static Event key(int type, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        return event;
    }

    /** Presses and releases a key ({@code SWT.ARROW_DOWN}, {@code SWT.CR}, or a character). */
    public void press(int keyCodeOrCharacter) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        if ((keyCodeOrCharacter & SWT.KEYCODE_BIT) != 0 || keyCodeOrCharacter == SWT.CR) {
            down.keyCode = keyCodeOrCharacter;
        } else {
            down.character = (char) keyCodeOrCharacter;
        }
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = down.keyCode;
        up.character = down.character;
        post(up);
        flush();
    }

    private static Event mouse(int type, int button, Point at) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        event.x = at.x;
        event.y = at.y;
        return event;
    }

    private void post(Event event) {
        if (!display.post(event)) {
            throw new AssertionError("The window system refused a synthetic " + event + " (is XTest available?)");
        }
        flush();
    }

    // ---------------------------------------------------------------------------------------------- pixels

    /** The pixels of {@code control} as they are on the screen now (not as the control would paint itself). */
    public ImageData capture(Control control) {
        flush();
        Rectangle bounds = control instanceof Shell shell ? shell.getBounds()
                : display.map(control.getParent(), null, control.getBounds());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Saves a capture as PNG (creating folders) and returns the file. */
    public Path save(ImageData pixels, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new AssertionError("Cannot create " + file.getParent(), e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {pixels};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /**
     * How many pixels of {@code area} differ clearly from {@code background}: text and icons show up as "ink", an
     * unpainted area has none.
     */
    public static int inkPixels(ImageData pixels, Rectangle area, RGB background) {
        int ink = 0;
        int right = Math.min(pixels.width, area.x + area.width);
        int bottom = Math.min(pixels.height, area.y + area.height);
        for (int y = Math.max(0, area.y); y < bottom; y++) {
            for (int x = Math.max(0, area.x); x < right; x++) {
                RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
                int distance = Math.abs(rgb.red - background.red) + Math.abs(rgb.green - background.green)
                        + Math.abs(rgb.blue - background.blue);
                if (distance > 96) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
