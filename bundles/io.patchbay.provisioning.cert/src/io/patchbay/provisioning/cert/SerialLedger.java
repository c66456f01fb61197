package io.patchbay.provisioning.cert;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every certificate serial number an estate has ever used (F-30), in an append-only text file beside the estate
 * ({@code NAME.certs/serials}): one line per serial, {@code HEX-SERIAL CERTIFICATE-ID ISSUED-AT}. Lines are only ever
 * added, each written to disk before the certificate is signed, so a serial survives a restart, a crash after
 * signing, and a certificate later deleted from the estate.
 * <p>
 * Safe against other processes writing the same ledger (an exclusive file lock around read-check-append) and between
 * threads of one process using one instance.
 *
 * @since 0.1
 */
public final class SerialLedger {

    private static final String HEADER = "# Patchbay certificate serial numbers, one per line: HEX-SERIAL"
            + " CERTIFICATE-ID "
            + "ISSUED-AT (append-only, F-30)\n";

    private final Path file;
    private final SecureRandom random = new SecureRandom();

    /** The ledger in {@code file} (created with its folder on the first record). */
    public SerialLedger(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /** Every serial recorded so far, with the id of the certificate that used it, in the order they were recorded. */
    public synchronized Map<BigInteger, String> serials() throws CertificateException {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Whether {@code serial} has been used. */
    public boolean contains(BigInteger serial) throws CertificateException {
        return serials().containsKey(serial);
    }

    /**
     * Records that {@code certificateId} uses {@code serial} (an imported certificate, or one an estate held before it
     * had a ledger).
     *
     * @throws CertificateException ({@link CertificateException.Reason#RULE}) if the serial was used before
     */
    public synchronized void record(BigInteger serial, String certificateId) throws CertificateException {
        if (serial.signum() <= 0) {
            throw new CertificateException(CertificateException.Reason.RULE, "certificate " + certificateId
                    + ": serial number " + serial + " is not positive (RFC 5280); use a positive serial number");
        }
        withLock(channel -> {
            Map<BigInteger, String> used = read(channel);
            if (used.containsKey(serial)) {
                throw reused(serial, certificateId, used.get(serial));
            }
            append(channel, serial, certificateId);
            return null;
        });
    }

    /**
     * A new random serial number (positive, 127 bits, as RFC 5280 and the CA/Browser Forum ask) that neither this
     * ledger nor {@code alsoUsed} holds, recorded for {@code certificateId} before it is returned.
     *
     * @param alsoUsed serials in use elsewhere, e.g. the estate's certificates from before the ledger existed; those
     *                 missing from the ledger are recorded too, so that they stay reserved if later deleted
     */
    public synchronized BigInteger next(String certificateId, Map<BigInteger, String> alsoUsed)
            throws CertificateException {
        return withLock(channel -> {
            Map<BigInteger, String> used = read(channel);
            for (Map.Entry<BigInteger, String> earlier : alsoUsed.entrySet()) {
                if (earlier.getKey().signum() > 0 && !used.containsKey(earlier.getKey())) {
                    append(channel, earlier.getKey(), earlier.getValue());
                    used.put(earlier.getKey(), earlier.getValue());
                }
            }
            BigInteger serial;
            do {
                serial = new BigInteger(127, random).setBit(126); // always 16 octets in DER, never zero
            } while (used.containsKey(serial));
            append(channel, serial, certificateId);
            return serial;
        });
    }

    /** Records those of {@code serials} not yet in the ledger (an estate's certificates from before it). */
    public synchronized void adopt(Map<BigInteger, String> serials) throws CertificateException {
        withLock(channel -> {
            Map<BigInteger, String> used = read(channel);
            for (Map.Entry<BigInteger, String> earlier : serials.entrySet()) {
                if (earlier.getKey().signum() > 0 && !used.containsKey(earlier.getKey())) {
                    append(channel, earlier.getKey(), earlier.getValue());
                    used.put(earlier.getKey(), earlier.getValue());
                }
            }
            return null;
        });
    }

    static CertificateException reused(BigInteger serial, String certificateId, String earlier) {
        return new CertificateException(CertificateException.Reason.RULE, "certificate " + certificateId
                + ": serial number " + serial.toString(16) + " was already used by certificate " + earlier
                + " (F-30: unique among all certificates ever created); use a certificate with another serial number");
    }

    private interface LockedAction<T> {
        T run(FileChannel channel) throws IOException, CertificateException;
    }

    private <T> T withLock(LockedAction<T> action) throws CertificateException {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (channel.size() == 0) {
                    channel.write(ByteBuffer.wrap(HEADER.getBytes(StandardCharsets.UTF_8)), 0);
                }
                T result = action.run(channel);
                channel.force(true);
                return result;
            }
        } catch (IOException e) {
            throw new CertificateException(CertificateException.Reason.STORAGE, "cannot write the serial ledger "
                    + file + ": " + e.getMessage() + "; check that the folder is writable", e);
        }
    }

    private Map<BigInteger, String> read(FileChannel channel) throws IOException, CertificateException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        Map<BigInteger, String> serials = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            try {
                serials.putIfAbsent(new BigInteger(fields[0], 16), fields.length > 1 ? fields[1] : "?");
            } catch (NumberFormatException e) {
                throw new CertificateException(CertificateException.Reason.STORAGE, "the serial ledger " + file
                        + " line " + number + " is not a hexadecimal serial number; restore the file from a backup"
                        + " (it is append-only: never edit it)");
            }
        }
        return serials;
    }

    private static void append(FileChannel channel, BigInteger serial, String certificateId) throws IOException {
        String line = serial.toString(16) + " " + certificateId.replaceAll("\\s", "_") + " "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), channel.size());
    }

    private CertificateException unreadable(IOException e) {
        return new CertificateException(CertificateException.Reason.STORAGE, "cannot read the serial ledger " + file
                + ": " + e.getMessage() + "; check its permissions", e);
    }
}
