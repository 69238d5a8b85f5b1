/**
 * permanence: exact, auditable figures about children in care.
 *
 * <p>The core packages are {@link org.permanence.code} (SSDA903 code lists), {@link
 * org.permanence.child} and {@link org.permanence.care} (facts: children, episodes, care
 * histories, periods of care), {@link org.permanence.time} (financial years and ages), {@link
 * org.permanence.duration} (days in care) and {@link org.permanence.ssda903} (reading the DfE's
 * CSV files, the only package that touches files).
 */
package org.permanence;
