package io.patchbay.probe.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway CA and a server certificate for 127.0.0.1 signed by it, made with openssl in a temporary
 * directory: the far side of the TLS tests.
 */
record TestCertificates(Path caPem, Path serverKeyStore, Path serverPem, Path serverKeyPem, X509Certificate ca) {

    static final String PASSWORD = "changeit";

    /** A CA and a server certificate for {@code 127.0.0.1} signed by it. */
    static TestCertificates create(Path dir) throws Exception {
        return create(dir, "ca", "server");
    }

    static TestCertificates create(Path dir, String caName, String serverName) throws Exception {
        Peers.requireProgram("openssl", "openssl");
        Path caKey = dir.resolve(caName + ".key");
        Path caPem = dir.resolve(caName + ".pem");
        Path serverKey = dir.resolve(serverName + ".key");
        Path csr = dir.resolve(serverName + ".csr");
        Path serverCert = dir.resolve(serverName + "-cert.pem");
        Path extensions = dir.resolve(serverName + ".ext");
        Path serverStore = dir.resolve(serverName + ".p12");
        Files.writeString(extensions, "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                caKey.toString(), "-out", caPem.toString(), "-days", "2", "-subj", "/CN=Patchbay Test CA " + caName,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                serverKey.toString(), "-out", csr.toString(), "-subj", "/CN=127.0.0.1");
        openssl("x509", "-req", "-in", csr.toString(), "-CA", caPem.toString(), "-CAkey", caKey.toString(),
                "-CAcreateserial", "-out", serverCert.toString(), "-days", "2", "-extfile", extensions.toString());
        openssl("pkcs12", "-export", "-inkey", serverKey.toString(), "-in", serverCert.toString(), "-certfile",
                caPem.toString(), "-out", serverStore.toString(), "-passout", "pass:" + PASSWORD);
        // the chain as PEM (leaf, then CA) for openssl s_server
        Path serverPem = dir.resolve(serverName + "-chain.pem");
        Files.writeString(serverPem, Files.readString(serverCert) + Files.readString(caPem));
        X509Certificate ca;
        try (InputStream in = Files.newInputStream(caPem)) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        return new TestCertificates(caPem, serverStore, serverPem, serverKey, ca);
    }

    private static void openssl(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "openssl";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    /** The server's key and chain, for an SSLServerSocket. */
    SSLContext serverContext() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverKeyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A client context that trusts this CA only. */
    SSLContext clientContext() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
