package io.patchbay.probe.relay.internal;

import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

import io.patchbay.probe.relay.PacException;

/**
 * One PAC file in its own Rhino scope: interpreted (no generated classes, so nothing to load in OSGi), without access
 * to Java, with the helper functions of {@link PacHelpers}, every evaluation bounded in time by Rhino's instruction
 * observer.
 */
public final class PacRuntime {

    private final Factory factory;
    private final ScriptableObject scope;
    private final String name;

    private PacRuntime(Factory factory, ScriptableObject scope, String name) {
        this.factory = factory;
        this.scope = scope;
        this.name = name;
    }

    public static PacRuntime load(String source, String name, Clock clock, Duration limit) throws PacException {
        Factory factory = new Factory(limit);
        Context cx = factory.enterContext();
        try {
            factory.start(cx);
            ScriptableObject scope = cx.initSafeStandardObjects();
            Function prototype = ScriptableObject.getFunctionPrototype(scope) instanceof Function f ? f : null;
            define(scope, prototype, "dnsResolve", args -> dnsResolve(text(args, 0)));
            define(scope, prototype, "myIpAddress", args -> myIpAddress());
            define(scope, prototype, "__patchbayNow", args -> (double) clock.millis());
            cx.evaluateString(scope, PacHelpers.SOURCE, "pac-helpers.js", 1, null);
            Script script = cx.compileString(source, name, 1, null);
            script.exec(cx, scope);
            if (!(ScriptableObject.getProperty(scope, "FindProxyForURL") instanceof Function)) {
                throw new PacException("PAC file " + name + " defines no function FindProxyForURL(url, host)");
            }
            return new PacRuntime(factory, scope, name);
        } catch (RhinoException e) {
            throw new PacException("PAC file " + name + " does not load: " + describe(e), e);
        } catch (TooLong e) {
            throw new PacException("PAC file " + name + " ran longer than " + limit.toMillis()
                    + " ms while loading; it must not loop", e);
        } catch (RuntimeException e) {
            throw new PacException("PAC file " + name + " does not load: " + e, e);
        } finally {
            Context.exit();
        }
    }

    public synchronized String findProxyForUrl(String url, String host) throws PacException {
        Context cx = factory.enterContext();
        try {
            factory.start(cx);
            Function function = (Function) ScriptableObject.getProperty(scope, "FindProxyForURL");
            Object answer = function.call(cx, scope, scope, new Object[] { url, host });
            if (answer == null || answer instanceof Undefined) {
                throw new PacException("PAC file " + name + ": FindProxyForURL(\"" + url + "\", \"" + host
                        + "\") returned nothing; it must return a string such as \"PROXY host:port; DIRECT\"");
            }
            return Context.toString(answer);
        } catch (RhinoException e) {
            throw new PacException("PAC file " + name + ": FindProxyForURL(\"" + url + "\", \"" + host
                    + "\") failed: " + describe(e), e);
        } catch (TooLong e) {
            throw new PacException("PAC file " + name + ": FindProxyForURL(\"" + url + "\", \"" + host
                    + "\") ran longer than " + factory.limit.toMillis() + " ms; it must not loop", e);
        } catch (RuntimeException e) {
            throw new PacException("PAC file " + name + ": FindProxyForURL failed: " + e, e);
        } finally {
            Context.exit();
        }
    }

    private static String describe(RhinoException e) {
        String where = e.lineNumber() > 0 ? " (line " + e.lineNumber() + ")" : "";
        return e.details() + where;
    }

    private interface Body {
        Object call(Object[] args);
    }

    private static void define(ScriptableObject scope, Function prototype, String name, Body body) {
        BaseFunction function = new BaseFunction(scope, prototype) {
            private static final long serialVersionUID = 1L;

            @Override
            public Object call(Context cx, Scriptable callScope, Scriptable thisObj, Object[] args) {
                return body.call(args);
            }

            @Override
            public String getFunctionName() {
                return name;
            }
        };
        ScriptableObject.defineProperty(scope, name, function, ScriptableObject.DONTENUM);
    }

    private static String text(Object[] args, int index) {
        return args.length > index && args[index] != null && !(args[index] instanceof Undefined)
                ? Context.toString(args[index]) : "";
    }

    /** The IPv4 address of {@code host} as text, or null (PAC's convention) when it does not resolve. */
    private static Object dnsResolve(String host) {
        if (host.isEmpty()) {
            return null;
        }
        try {
            InetAddress first = null;
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address instanceof Inet4Address) {
                    return address.getHostAddress();
                }
                first = first == null ? address : first;
            }
            return first == null ? null : first.getHostAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The address this machine would use to reach the outside: a UDP "connect" picks the route without sending
     * anything (the documentation address 192.0.2.1 is never contacted).
     */
    private static Object myIpAddress() {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 9));
            InetAddress local = socket.getLocalAddress();
            if (local != null && !local.isAnyLocalAddress()) {
                return local.getHostAddress();
            }
        } catch (Exception e) {
            // no route: fall back below
        }
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            return "127.0.0.1";
        }
    }

    /** Signals an evaluation over its time limit; an Error so that no JavaScript catch can swallow it. */
    private static final class TooLong extends Error {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("PAC evaluation over its time limit", null, false, false);
        }
    }

    /** A context factory of its own (no global state): interpreted mode, ES6, a deadline per evaluation. */
    private static final class Factory extends ContextFactory {

        private final Duration limit;

        Factory(Duration limit) {
            this.limit = limit;
        }

        void start(Context cx) {
            cx.setOptimizationLevel(-1);
            cx.setLanguageVersion(Context.VERSION_ES6);
            cx.setInstructionObserverThreshold(10_000);
            cx.putThreadLocal(Factory.class, System.nanoTime() + limit.toNanos());
        }

        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            Object end = cx.getThreadLocal(Factory.class);
            if (end instanceof Long deadline && System.nanoTime() > deadline) {
                throw new TooLong();
            }
        }
    }
}
