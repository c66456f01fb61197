package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;

/**
 * {@code data/broken.estate} is the demo estate with one thing broken per rule: validation lists each broken rule
 * exactly once, with its id.
 */
class BrokenEstateTest {

    static final List<String> BROKEN_RULES = List.of("F-01", "F-02", "F-03", "F-04", "F-05", "F-06", "F-07", "F-08",
            "F-09", "F-10", "F-11", "F-12", "F-13", "F-14", "F-15", "F-16", "F-18", "F-20", "F-21", "F-22", "F-23",
            "F-25", "F-26", "F-30", "F-31", "F-32", "F-41", "F-43", "F-47", "F-51", "F-52", "F-53", "F-54");

    @Test
    void listsEachBrokenRuleExactlyOnce() throws IOException {
        Estate estate = EstateResources.load(Path.of("data/broken.estate"));
        List<Finding> findings = EstateValidation.validate(estate);
        Map<String, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = BROKEN_RULES.stream()
                .collect(Collectors.toMap(id -> id, id -> 1L, (a, b) -> a, TreeMap::new));
        assertEquals(expected, counts, () -> findings.stream().map(Finding::toString)
                .collect(Collectors.joining("\n")));
        findings.forEach(finding -> assertEquals(true, finding.message().contains("(" + finding.ruleId() + ")"),
                finding.message()));
    }
}
