package org.rapport.homework;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The portal's list of completed homework with the counselor's feedback. */
@Named
@ViewScoped
public class HomeworkHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HomeworkService homework;

    // shown data is not part of the session copy: read on first use, again only after a fail-over
    private transient List<HomeworkTask> done;

    public List<HomeworkTask> getDone() {
        if (done == null) {
            done = homework.history();
        }
        return done;
    }
}
