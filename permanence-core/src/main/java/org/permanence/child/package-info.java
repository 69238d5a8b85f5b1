/**
 * Children: {@link org.permanence.child.ChildId} and {@link org.permanence.child.Child}, whose
 * date of birth and UPN never appear in {@code toString} or messages.
 */
@ValueStyle
package org.permanence.child;

import org.permanence.ValueStyle;
