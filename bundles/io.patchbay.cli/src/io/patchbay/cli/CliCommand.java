package io.patchbay.cli;

import java.util.concurrent.Callable;

/**
 * A sub-command of the {@code patchbay} command line, contributed as an OSGi service.
 * <p>
 * Implementations are classes annotated with picocli's {@code @Command(name = ..., description = ...)} whose options
 * and parameters are picocli-annotated fields. Register them as Declarative Services components with
 * {@code @Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)}: every run of the command line gets
 * fresh instances, so option fields never leak from one invocation to the next.
 * <p>
 * {@link #call()} returns the process exit code, one of {@link ExitCodes}. Write to the streams of the injected
 * {@code @Spec CommandSpec} ({@code spec.commandLine().getOut()} / {@code getErr()}), never to {@code System.out}, so
 * that output can be captured. A command that fails for a reason the user can fix throws {@link CliException}; its
 * message is printed as one line.
 *
 * @since 0.1
 */
public interface CliCommand extends Callable<Integer> {
}
