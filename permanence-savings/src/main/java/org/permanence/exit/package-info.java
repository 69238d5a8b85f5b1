/**
 * Exits: the ends of periods of care by a permanence route (adoption, special guardianship, a
 * child arrangements order, a planned return home), found in care histories with a {@link
 * org.permanence.exit.RouteTable} by {@link org.permanence.exit.ExitFinder}. Each {@link
 * org.permanence.exit.Exit} knows its child, date, reason, route and the placement it left,
 * which is what its saving is priced from.
 */
@ValueStyle
package org.permanence.exit;

import org.permanence.ValueStyle;
