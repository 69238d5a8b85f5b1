/**
 * Savings from children leaving care for a permanent home, built on permanence-core: exit
 * savings, duration-reduction scenarios, the exits pipeline, targets and reports.
 *
 * <p>The module is being built up release by release; see the project's CHANGELOG for what it
 * holds today.
 */
package org.permanence.savings;
