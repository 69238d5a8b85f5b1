/**
 * Exact money: {@link org.permanence.money.ExactAmount} holds a sum of weekly amounts pro rata to
 * the day with no rounding, and {@link org.permanence.money.Pence} is the one place where an
 * amount is rounded to pence for a result.
 */
package org.permanence.money;
