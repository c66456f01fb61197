/**
 * Digital twins of managed devices: real protocols on loopback, ephemeral ports, state in a folder, and fault
 * injection, for tests, rehearsals and the demo. {@link io.patchbay.simulator.BuffaloRouterTwin} is a Buffalo router
 * on DD-WRT reached over SSH.
 *
 * @since 0.1
 */
package io.patchbay.simulator;
