/** Support for Patchbay's tests in the OSGi test runtime; never part of the product. */
package io.patchbay.testing;
