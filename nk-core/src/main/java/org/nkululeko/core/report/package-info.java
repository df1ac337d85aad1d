/**
 * Plots (PNG) and result files of an experiment, in nkululeko's layout; every file is written
 * whole or not at all.
 */
package org.nkululeko.core.report;
