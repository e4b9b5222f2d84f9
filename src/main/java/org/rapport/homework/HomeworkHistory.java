package org.rapport.homework;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The portal's list of completed homework with the counselor's feedback. */
@Named
@ViewScoped
public class HomeworkHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HomeworkService homework;

    private List<HomeworkTask> done = List.of();

    @PostConstruct
    void load() {
        done = homework.history();
    }

    public List<HomeworkTask> getDone() {
        return done;
    }
}
