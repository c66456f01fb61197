package io.patchbay.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The headless application {@code io.patchbay.cli.app}: runs one command line and returns its exit code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> arguments = context.getArguments();
        String[] args = arguments.get(IApplicationContext.APPLICATION_ARGS) instanceof String[] given ? given
                : new String[0];
        context.applicationRunning();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return new CommandLauncher(FrameworkUtil.getBundle(getClass()).getBundleContext()).execute(args, out, err);
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
