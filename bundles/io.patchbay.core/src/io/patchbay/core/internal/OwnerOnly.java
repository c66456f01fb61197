package io.patchbay.core.internal;

import java.nio.file.FileSystems;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** File attributes for files only their owner may read: {@code rw-------} where the file system knows POSIX. */
final class OwnerOnly {

    private OwnerOnly() {
    }

    static FileAttribute<?>[] fileAttributes() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
        }
        return new FileAttribute<?>[0];
    }
}
