package io.patchbay.ui.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Tells when a journal folder changes on disk, whoever wrote it: {@code patchbay apply} in another process, a wizard,
 * a rollback. A daemon thread waits on the file system's change notification (no polling loop); a burst of changes,
 * as an apply writes its lines, is reported once after it has been quiet for {@link #QUIET_MILLIS}. Until the folder
 * exists its parent is watched for it to appear. {@link #close()} stops the thread.
 */
final class JournalWatch implements AutoCloseable {

    /** How long the folder must be quiet before a change is reported. */
    static final long QUIET_MILLIS = 250;

    private final Path folder;
    private final Runnable onChange;
    private final WatchService watcher;
    private final WatchKey parentKey;
    /** The folder's own key once it is watched; only the watch thread touches it after the constructor. */
    private WatchKey folderKey;

    /**
     * Starts watching {@code folder}; {@code onChange} runs on the watch thread after each quiet burst of changes.
     *
     * @throws IOException when the file system cannot watch the folder's parent
     */
    JournalWatch(Path folder, Runnable onChange) throws IOException {
        this.folder = folder.toAbsolutePath();
        this.onChange = onChange;
        this.watcher = this.folder.getFileSystem().newWatchService();
        // registered here, not on the thread, so that nothing written after the view opened can be missed
        this.parentKey = this.folder.getParent().register(watcher, ENTRY_CREATE, ENTRY_DELETE);
        watchFolderIfThere();
        Thread thread = new Thread(this::run, "Journal watch " + this.folder.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void watchFolderIfThere() {
        if (folderKey != null && folderKey.isValid()) {
            return;
        }
        try {
            if (Files.isDirectory(folder)) {
                folderKey = folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException e) {
            // gone again between the check and the registration: the parent's next event tells
        }
    }

    private void run() {
        try {
            while (true) {
                boolean changed = drain(watcher.take());
                // quiet period: collect the rest of the burst
                for (WatchKey key; (key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null;) {
                    changed |= drain(key);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the view is gone
        }
    }

    /** Takes the key's events; whether any concerns the journal. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            // the parent holds the estate file too: only the journal folder itself counts there
            changed |= key != parentKey || folder.getFileName().equals(event.context());
        }
        key.reset();
        if (key == parentKey && changed) {
            watchFolderIfThere();
        }
        return changed;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing is left to release
        }
    }
}
