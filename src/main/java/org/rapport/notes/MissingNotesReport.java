package org.rapport.notes;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Ids;

/** The "notes to write" page: sessions held without a signed note, oldest first. */
@Named
@ViewScoped
public class MissingNotesReport implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 500;

    @Inject private NoteService notes;

    private String counselor; // kept in the session: what to load again after a fail-over
    private transient MissingNotes
            report; // not part of the session copy: loaded again after a fail-over

    public void open() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            report = notes.missingNotes(Ids.parse(counselor), LIMIT);
        }
    }

    private MissingNotes report() {
        if (report == null) {
            report = notes.missingNotes(Ids.parse(counselor), LIMIT);
        }
        return report;
    }

    public MissingNotes getReport() {
        return report();
    }

    public boolean isTruncated() {
        return report().rows().size() >= LIMIT;
    }

    public String getCounselor() {
        return counselor;
    }

    public void setCounselor(String counselor) {
        this.counselor = counselor;
    }

    public Long getCounselorId() {
        return Ids.parse(counselor);
    }
}
