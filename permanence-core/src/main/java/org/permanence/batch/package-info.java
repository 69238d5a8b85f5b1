/**
 * Results over many children: {@link org.permanence.batch.BatchResult} keeps going past a bad
 * child and reports it as a {@link org.permanence.batch.Failure}.
 */
@ValueStyle
package org.permanence.batch;

import org.permanence.ValueStyle;
