package org.rapport.homework;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of an exercise's instructions. */
@Embeddable
public class ExerciseStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private int position;

    @Column(name = "text")
    private String text;

    protected ExerciseStep() {}

    ExerciseStep(int position, String text) {
        this.position = position;
        this.text = text;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
