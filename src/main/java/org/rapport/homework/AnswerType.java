package org.rapport.homework;

/** How a client answers a reflection prompt. */
public enum AnswerType {
    TEXT,
    SCALE
}
