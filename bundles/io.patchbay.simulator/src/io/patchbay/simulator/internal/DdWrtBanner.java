package io.patchbay.simulator.internal;

/** What a DD-WRT v24-sp2 Buffalo prints after login: a site warning, the DD-WRT logo and BusyBox's greeting. */
public final class DdWrtBanner {

    private DdWrtBanner() {
    }

    /**
     * The default banner: 60-odd lines, with lines that end in {@code #}, {@code $} and {@code >} as real site banners
     * do, so that a client which takes the first such line for the prompt is caught out.
     */
    public static String text() {
        StringBuilder banner = new StringBuilder();
        banner.append("#".repeat(70)).append('\n');
        banner.append("#                                                                    #\n");
        banner.append("#   WARNING: this system is for the use of authorized staff only.    #\n");
        banner.append("#   All activity is logged and monitored. Disconnect now if you      #\n");
        banner.append("#   are not authorized.                                              #\n");
        banner.append("#                                                                    #\n");
        for (int i = 1; i <= 30; i++) {
            banner.append(String.format("#   %02d. Changes need a ticket; costs are billed per change in $%n", i));
        }
        banner.append("#   Support line >\n");
        banner.append("#".repeat(70)).append('\n');
        banner.append('\n');
        banner.append("==========================================================\n");
        banner.append("\n");
        banner.append(" ____  ___    __        ______ _____         ____  _  _\n");
        banner.append(" | _ \\| _ \\   \\ \\      / /  _ \\_   _| __   _|___ \\| || |\n");
        banner.append(" || | || ||____\\ \\ /\\ / /| |_) || |   \\ \\ / / __) | || |_\n");
        banner.append(" ||_| ||_||_____\\ V  V / |  _ < | |    \\ V / / __/|__   _|\n");
        banner.append(" |___/|___/      \\_/\\_/  |_| \\_\\|_|     \\_/ |_____|  |_|\n");
        banner.append("\n");
        banner.append("                       DD-WRT v24-sp2\n");
        banner.append("                   http://www.dd-wrt.com\n");
        banner.append("\n");
        banner.append("==========================================================\n");
        banner.append("\n");
        banner.append("\n");
        banner.append("BusyBox v1.13.4 (2010-08-13 21:13:06 CEST) built-in shell (ash)\n");
        banner.append("Enter 'help' for a list of built-in commands.\n");
        banner.append("\n");
        return banner.toString();
    }
}
