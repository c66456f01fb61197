package io.patchbay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.ui.internal.grid.EstateGrid;

/**
 * The Estate grid at NOC scale: generates an estate of 1,000 systems with 50 stations and 50 phones each (100,000
 * stations and devices, built from the demo estate like releng/bench/estate-model), saves and loads it, opens it in
 * the grid in a 1200×800 window and measures what the operator waits for: the first page painted (target < 3 s),
 * a page scrolled, a click on a header sorting 100,000 rows, a filter applied (target < 0.5 s), and an edit that
 * moves one row of the sorted grid. The figures are wall-clock times on the event loop, painting included.
 * Arguments: [systems (1000)] [stations per system (50)] [screenshot file].
 */
public final class GridBench {

    private static final EstateFactory MAKE = EstateFactory.eINSTANCE;

    public static void main(String[] args) throws IOException {
        int systems = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1000;
        int stationsPerSystem = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path screenshot = args.length > 2 ? Path.of(args[2]) : null;

        Path folder = Files.createTempDirectory("patchbay-grid-bench");
        Path file = folder.resolve("noc.estate");
        try {
            EstateResources.save(generate(demoFile(), systems, stationsPerSystem), file);
            System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %d cores, display %s%n",
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), System.getenv("DISPLAY"));
            run(file, screenshot);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void run(Path file, Path screenshot) throws IOException {
        Display display = new Display();
        try {
            long loadStart = System.nanoTime();
            ComposedAdapterFactory factory = new ComposedAdapterFactory();
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                    EstateResources.createResourceSet());
            Resource resource = EstateResources.load(domain.getResourceSet(), file).eResource();
            long loadMs = ms(loadStart);

            long openStart = System.nanoTime();
            Shell shell = new Shell(display);
            shell.setText("Patchbay grid benchmark");
            shell.setLayout(new FillLayout());
            shell.setBounds(0, 0, 1200, 800);
            EstateGrid grid = new EstateGrid(shell, resource, domain);
            long builtMs = ms(openStart);
            NatTable table = grid.natTable();
            shell.open();
            shell.layout(true, true);
            paintNow(display, table);
            long openMs = ms(openStart);
            int rows = grid.rows().size();
            int ink = ink(display, table);
            System.out.printf(Locale.ROOT, "estate: %,d rows in the grid (stations, devices, routers, RSIP servers)%n",
                    rows);
            System.out.printf(Locale.ROOT, "%-44s %7d ms%n", "load the estate file", loadMs);
            System.out.printf(Locale.ROOT, "%-44s %7d ms   target < 3000 ms: %s (%d ink pixels)%n",
                    "open in the grid, first page painted", openMs, openMs < 3000 && ink > 1000 ? "met" : "MISSED",
                    ink);
            System.out.printf(Locale.ROOT, "%-44s %7d ms   (rows, layers, change watcher)%n",
                    "  of which building the grid", builtMs);
            System.out.printf(Locale.ROOT, "%-44s %7d ms%n", "load + open + paint", loadMs + openMs);

            // scrolling: page down 200 times through the middle of the estate, painting each page
            int pages = 200;
            long scrollStart = System.nanoTime();
            int visibleRows = Math.max(1, table.getClientArea().height / 20 - 3);
            for (int page = 0; page < pages; page++) {
                grid.reveal(Math.min(rows - 1, 40_000 + page * visibleRows));
                paintNow(display, table);
            }
            double pageMs = ms(scrollStart) / (double) pages;
            int top = table.getRowIndexByPosition(2); // below the column headers and the filter row
            System.out.printf(Locale.ROOT, "%-44s %7.1f ms   (%d pages of %d rows, top row now #%,d; 60 frames/s"
                    + " is 16.7 ms)%n", "scroll one page and paint it", pageMs, pages, visibleRows, top + 1);
            grid.reveal(0);
            paintNow(display, table);

            // sort: a real click on the "Name" header, as the operator sorts
            int name = column(grid, "Name");
            long sortStart = System.nanoTime();
            click(display, table, table.getBoundsByPosition(name + 1, 0));
            waitUntil(display, () -> grid.rows().sortColumn() == name);
            paintNow(display, table);
            System.out.printf(Locale.ROOT, "%-44s %7d ms   (first row now '%s')%n",
                    "click a header: sort all rows, paint", ms(sortStart), grid.cellText(name, 0));
            grid.clearSort();
            paintNow(display, table);

            // filters: through the filter row, on an attribute and on a derived column
            filter(display, grid, table, "Name", "Jana Petersen", "an attribute (Name)");
            filter(display, grid, table, "Site", "Site 99", "a derived column (Site)");
            filter(display, grid, table, "Model", "cp600", "an enum column (Model)");
            long clearStart = System.nanoTime();
            grid.clearFilters();
            paintNow(display, table);
            System.out.printf(Locale.ROOT, "%-44s %7d ms   (%,d rows)%n", "clear the filters", ms(clearStart),
                    grid.rows().size());

            // an edit in a sorted grid: one row moves, nothing is sorted again
            grid.rows().sort(name, false);
            paintNow(display, table);
            Station station = (Station) grid.rows().get(rows / 2 + 1);
            long editStart = System.nanoTime();
            domain.getCommandStack().execute(SetCommand.create(domain, station, EstatePackage.Literals.STATION__NAME,
                    "AAAA moved to the top"));
            waitUntil(display, () -> grid.rows().indexOf(station) == 0);
            paintNow(display, table);
            System.out.printf(Locale.ROOT, "%-44s %7d ms%n", "edit a name in the sorted grid, row moves", ms(editStart));
            long undoStart = System.nanoTime();
            domain.getCommandStack().undo();
            waitUntil(display, () -> grid.rows().indexOf(station) > 0);
            paintNow(display, table);
            System.out.printf(Locale.ROOT, "%-44s %7d ms%n", "undo it", ms(undoStart));

            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            System.out.printf(Locale.ROOT, "%-44s %7d MB%n", "heap in use with the grid open",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            if (screenshot != null) {
                grid.rows().sort(-1, false);
                grid.clearSort();
                paintNow(display, table);
                save(display, shell, screenshot);
                System.out.println("screenshot: " + screenshot);
            }
            shell.dispose();
        } finally {
            display.dispose();
        }
    }

    private static void filter(Display display, EstateGrid grid, NatTable table, String header, String text,
            String what) {
        grid.clearFilters();
        paintNow(display, table);
        long start = System.nanoTime();
        grid.filter(column(grid, header), text);
        paintNow(display, table);
        long took = ms(start);
        System.out.printf(Locale.ROOT, "%-44s %7d ms   target < 500 ms: %s (%,d rows match '%s')%n",
                "filter on " + what, took, took < 500 ? "met" : "MISSED", grid.rows().size(), text);
    }

    private static int column(EstateGrid grid, String header) {
        for (int i = 0; i < grid.rows().columns().size(); i++) {
            if (header.equals(grid.headerText(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + header);
    }

    /** Runs the event loop until everything queued is handled, then paints the table synchronously. */
    private static void paintNow(Display display, NatTable table) {
        while (display.readAndDispatch()) {
            // handle what is queued (layer events, async refreshes)
        }
        table.redraw();
        table.update();
    }

    private static void waitUntil(Display display, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the grid did not react within 30 s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { }); // wake up to look at the deadline
                display.sleep();
            }
        }
    }

    /**
     * A click as the operator makes it: the pointer moves there through the window system, then the button goes down
     * and up on the table. (Under Xvfb, GTK reports synthetic button events on owner-drawn controls such as NatTable
     * at 0,0, so the press and release are given to the table's listeners at the pointer's position.)
     */
    private static void click(Display display, NatTable table, Rectangle area) {
        table.getShell().forceActive();
        Point at = table.toDisplay(area.x + area.width / 2, area.y + area.height / 2);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        if (!display.post(move)) {
            throw new IllegalStateException("the display refused a synthetic mouse event (XTest missing?)");
        }
        while (display.readAndDispatch()) {
            // deliver it
        }
        Point local = table.toControl(display.getCursorLocation());
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event event = new Event();
            event.button = 1;
            event.count = 1;
            event.x = local.x;
            event.y = local.y;
            table.notifyListeners(type, event);
            while (display.readAndDispatch()) {
                // deliver it
            }
        }
    }

    private static int ink(Display display, NatTable table) {
        Rectangle area = table.getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(table);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            RGB background = table.getBackground().getRGB();
            int ink = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (Math.abs(rgb.red - background.red) + Math.abs(rgb.green - background.green)
                            + Math.abs(rgb.blue - background.blue) > 96) {
                        ink++;
                    }
                }
            }
            return ink;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void save(Display display, Shell shell, Path file) throws IllegalStateException {
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * The demo estate's Hamburg site copied once per system (own ids, SIEL-ID, MAC, names), each system's station
     * and phone pairs multiplied to {@code stationsPerSystem}: the estate of releng/bench/estate-model.
     */
    private static Estate generate(Path demoFile, int systems, int stationsPerSystem) throws IOException {
        Estate estate = EstateResources.load(demoFile);
        Site template = estate.getCustomers().get(0).getSites().get(0);
        estate.setName("NOC benchmark estate");
        int demoSystems = (int) estate.getCustomers().stream().flatMap(c -> c.getSites().stream())
                .mapToLong(site -> site.getSystems().size()).sum();
        for (int n = 0; n < systems - demoSystems; n++) {
            Customer customer = MAKE.createCustomer();
            customer.setId("cust-" + n);
            customer.setName("Customer " + n);
            customer.setCustomerId(Integer.toString(200000 + n));
            estate.getCustomers().add(customer);
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            Site site = (Site) copier.copy(template);
            copier.copyReferences();
            customer.getSites().add(site);
            String suffix = "-" + n;
            site.eAllContents().forEachRemaining(o -> {
                if (o instanceof io.patchbay.model.Identifiable identifiable && identifiable.getId() != null) {
                    identifiable.setId(identifiable.getId() + suffix);
                }
            });
            site.setId(site.getId() + suffix);
            site.setName("Site " + n);
            OsbizSystem system = site.getSystems().get(0);
            system.setName("OSBiz " + n);
            system.setMac(String.format(Locale.ROOT, "02:01:00:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff,
                    n & 0xff));
            multiply(system, stationsPerSystem, n);
        }
        return estate;
    }

    private static void multiply(OsbizSystem system, int count, int n) {
        List<Station> stations = List.copyOf(system.getStations());
        List<Device> devices = List.copyOf(system.getDevices());
        for (int i = stations.size(); i < count; i++) {
            Station original = stations.get(i % stations.size());
            Station station = EcoreUtil.copy(original);
            station.setId("st-" + n + "-" + i);
            station.setNumber(Integer.toString(300 + i));
            station.setName(original.getName() + " " + i);
            system.getStations().add(station);
            Device originalDevice = devices.stream().filter(d -> d.getStation() == original).findFirst()
                    .orElse(devices.get(i % devices.size()));
            Device device = EcoreUtil.copy(originalDevice);
            device.setId("dev-" + n + "-" + i);
            device.setName(originalDevice.getName() + " " + i);
            device.setStation(station);
            device.setHomeRouter(originalDevice.getHomeRouter());
            system.getDevices().add(device);
        }
    }

    private static Path demoFile() {
        Path file = Path.of(System.getProperty("patchbay.demo", "bundles/io.patchbay.demo/demo/demo.estate"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The demo estate is not at " + file.toAbsolutePath()
                    + "; run the benchmark through releng/bench/grid.sh");
        }
        return file;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
