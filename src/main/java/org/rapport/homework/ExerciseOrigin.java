package org.rapport.homework;

/** Where an exercise comes from: Rapport's library (read-only) or the practice itself. */
public enum ExerciseOrigin {
    LIBRARY,
    PRACTICE
}
