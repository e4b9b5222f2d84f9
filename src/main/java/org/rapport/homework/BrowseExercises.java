package org.rapport.homework;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The exercise library page: a counselor searches and filters the library and opens an exercise.
 * The filters can also come from the address ({@code ?strategy=transparency&q=letter&page=2}), so a
 * filtered list can be bookmarked or shared with a colleague.
 */
@Named
@ViewScoped
public class BrowseExercises implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 10;
    private static final String TABLE_ID = "library:exercises";

    @Inject private ExerciseService exercises;

    // request parameters
    private String text;
    private String strategyKey;
    private String who;
    private String page;

    private Participation participation;
    private int first;
    // shown data is not part of the session copy: loaded again after a fail-over (the filters stay)
    private transient List<Strategy> strategies;
    private transient LazyDataModel<Exercise> model;

    /** Applies the filters from the address, ignoring what does not make sense there. */
    public void open() {
        strategies = exercises.strategies();
        if (strategyKey != null
                && !strategyKey.isBlank()
                && strategies().stream().noneMatch(s -> s.getKey().equals(strategyKey))) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_WARN,
                                    "There is no strategy \u201c"
                                            + abbreviate(strategyKey)
                                            + "\u201d, so all strategies are shown.",
                                    null));
            strategyKey = null;
        }
        participation = parseParticipation(who);
        long total = exercises.count(filter());
        int lastPage = (int) Math.max(1, (total + ROWS - 1) / ROWS);
        first = (clamp(parsePage(page), 1, lastPage) - 1) * ROWS;
    }

    /** A filter changed: show its first page. */
    public void filterChanged() {
        first = 0;
        DataTable table =
                (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clearFilters() {
        text = null;
        strategyKey = null;
        participation = null;
        filterChanged();
    }

    ExerciseFilter filter() {
        return new ExerciseFilter(text, strategyKey, participation);
    }

    static int parsePage(String page) {
        if (page == null || page.isBlank() || page.length() > 9) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Participation parseParticipation(String who) {
        if (who == null) {
            return null;
        }
        for (Participation p : Participation.values()) {
            if (p.name().equalsIgnoreCase(who.strip())) {
                return p;
            }
        }
        return null;
    }

    private static int clamp(int value, int min, int max) {
        return Math.min(Math.max(value, min), max);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "\u2026" : value;
    }

    /** The table's rows, loaded a page at a time. */
    private final class ExerciseTableModel extends LazyDataModel<Exercise> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) exercises.count(filter());
        }

        @Override
        public List<Exercise> load(
                int offset,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ExerciseOrder order = ExerciseOrder.TITLE;
            boolean ascending = true;
            for (SortMeta sort : sortBy.values()) {
                if (sort.getOrder() != SortOrder.UNSORTED
                        && ExerciseOrder.forField(sort.getField()).isPresent()) {
                    order = ExerciseOrder.forField(sort.getField()).get();
                    ascending = sort.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
            return exercises.find(filter(), order, ascending, offset, pageSize);
        }

        @Override
        public String getRowKey(Exercise exercise) {
            return String.valueOf(exercise.getId());
        }

        @Override
        public Exercise getRowData(String rowKey) {
            List<Exercise> shown = getWrappedData();
            return shown == null
                    ? null
                    : shown.stream()
                            .filter(e -> String.valueOf(e.getId()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    private List<Strategy> strategies() {
        if (strategies == null) {
            strategies = exercises.strategies();
        }
        return strategies;
    }

    public LazyDataModel<Exercise> getModel() {
        if (model == null) {
            model = new ExerciseTableModel();
        }
        return model;
    }

    public List<Strategy> getStrategies() {
        return strategies();
    }

    public Participation[] getParticipations() {
        return Participation.values();
    }

    public int getRows() {
        return ROWS;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStrategyKey() {
        return strategyKey;
    }

    public void setStrategyKey(String strategyKey) {
        this.strategyKey = strategyKey;
    }

    public Participation getParticipation() {
        return participation;
    }

    public void setParticipation(Participation participation) {
        this.participation = participation;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
