package io.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import io.patchbay.core.provisioning.DeviceRule;

/** Never two writers on one device: jobs holding the same device's rule run one after the other. */
class DeviceRuleTest {

    @Test
    void jobsOnTheSameDeviceNeverOverlapAndOtherDevicesAreNotHeldUp() throws InterruptedException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Job job = new Job("write 127.0.0.1:2222 #" + i) {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inFlight.decrementAndGet();
                    return Status.OK_STATUS;
                }
            };
            job.setRule(DeviceRule.of("127.0.0.1:2222"));
            jobs.add(job);
        }
        jobs.forEach(Job::schedule);
        for (Job job : jobs) {
            job.join();
        }
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void conflictsOnlyWithTheSameDevice() {
        assertAll(() -> assertTrue(DeviceRule.of("10.0.0.1:22").isConflicting(DeviceRule.of("10.0.0.1:22"))),
                () -> assertFalse(DeviceRule.of("10.0.0.1:22").isConflicting(DeviceRule.of("10.0.0.1:2222"))),
                () -> assertTrue(DeviceRule.of("10.0.0.1:22").contains(DeviceRule.of("10.0.0.1:22"))));
    }
}
