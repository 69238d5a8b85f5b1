/**
 * The bundled sample council: {@link org.permanence.examples.sample.SampleCouncil} invents a
 * council's SSDA903 header and episodes files from a seed, valid as the library reads them and
 * realistic in shape, for the examples, the {@code --sample} report and benchmark files.
 *
 * <p>The bundled files, {@code header.csv} and {@code episodes.csv} in this package's resources,
 * are {@link org.permanence.examples.sample.SampleCouncil#defaults()} written out.
 */
package org.permanence.examples.sample;
