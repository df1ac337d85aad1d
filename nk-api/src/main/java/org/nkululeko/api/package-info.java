/**
 * The service provider interfaces of nkululeko for the JVM.
 *
 * <p>A plugin jar contributes implementations of {@link org.nkululeko.api.FeatureExtractor},
 * {@link org.nkululeko.api.Model} or {@link org.nkululeko.api.Activation}, each listed in a
 * {@code META-INF/services/<interface name>} file so that {@link java.util.ServiceLoader} finds
 * it. The tool looks each one up under the name the INI file uses ({@code [FEATS] type = os},
 * {@code [MODEL] type = mlp}, {@code [MODEL] activation = leaky_relu}).
 *
 * <p>This module depends on the JDK and the SLF4J API only.
 */
package org.nkululeko.api;
