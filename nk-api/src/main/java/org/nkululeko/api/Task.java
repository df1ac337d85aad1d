package org.nkululeko.api;

/** The kind of experiment, as set by {@code [EXP] type}. */
public enum Task {
    /** Categorical target; models output one score per class. */
    CLASSIFICATION,
    /** Numeric target; models output one value. */
    REGRESSION
}
