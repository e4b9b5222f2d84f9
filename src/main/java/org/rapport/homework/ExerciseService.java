package org.rapport.homework;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Reads the exercise library. Filtering, sorting and paging all happen in the database, so the list
 * stays quick however large a practice's library grows.
 */
@ApplicationScoped
public class ExerciseService {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext private EntityManager em;

    @jakarta.inject.Inject private org.rapport.identity.CurrentUser currentUser;

    @jakarta.inject.Inject private org.rapport.identity.AccessGate gate;

    @jakarta.inject.Inject private org.rapport.audit.AuditTrail audit;

    /** One page of exercises, with their strategy, matching the filter. */
    public List<Exercise> find(
            ExerciseFilter filter,
            ExerciseOrder order,
            boolean ascending,
            int first,
            int pageSize) {
        String direction = ascending ? " ASC" : " DESC";
        TypedQuery<Exercise> query =
                em.createQuery(
                        "SELECT e FROM Exercise e JOIN FETCH e.strategy s"
                                + where(filter)
                                + " ORDER BY "
                                + order.path()
                                + direction
                                + ", e.title ASC, e.id ASC",
                        Exercise.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
                .getResultList();
    }

    /** How many exercises match the filter. */
    public long count(ExerciseFilter filter) {
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(e) FROM Exercise e JOIN e.strategy s" + where(filter),
                        Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** The exercise with this slug, with its steps and reflection prompts. */
    public Optional<Exercise> findBySlug(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM Exercise e WHERE e.slug = :slug", Exercise.class)
                .setParameter("slug", slug.strip())
                .setHint("jakarta.persistence.loadgraph", em.getEntityGraph(Exercise.WHOLE))
                .getResultStream()
                .findFirst();
    }

    /** All strategies, in the library's order. */
    public List<Strategy> strategies() {
        return em.createQuery("SELECT s FROM Strategy s ORDER BY s.sortOrder", Strategy.class)
                .getResultList();
    }

    public Optional<Strategy> strategy(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(Strategy.class, key));
    }

    /**
     * A form to start from: empty, or a copy of an exercise (by slug) for the practice to adapt.
     */
    public ExerciseForm draft(String copyOf) {
        gate.staff();
        Optional<Exercise> source = findBySlug(copyOf);
        if (source.isEmpty()) {
            ExerciseForm form = new ExerciseForm();
            form.addStep();
            form.addQuestion();
            return form;
        }
        ExerciseForm form = ExerciseForm.of(source.get());
        form.setTitle(form.getTitle() + " (our version)");
        return form;
    }

    /**
     * The form of a practice exercise, to edit it; empty for a library exercise (those are
     * read-only).
     */
    public Optional<ExerciseForm> formOf(String slug) {
        gate.staff();
        return findBySlug(slug).filter(Exercise::isPractice).map(ExerciseForm::of);
    }

    /**
     * Saves a practice exercise: a new one ({@code slug} null, optionally a copy of {@code
     * basedOn}) or a change to one. Library exercises are never changed. Once clients have answered
     * an exercise's questions, the questions stay as they are (duplicate it to ask others). A
     * change is saved over the version the form was made from; when someone saved the exercise
     * since, {@link org.rapport.platform.EditConflict} carries the stored version (an {@link
     * ExerciseForm}).
     */
    @jakarta.transaction.Transactional
    public Exercise savePractice(String slug, String basedOn, ExerciseForm form) {
        org.rapport.identity.Account caller = gate.staff();
        java.util.Map<String, String> problems = check(form);
        Exercise exercise;
        if (slug == null) {
            exercise =
                    new Exercise(
                            uniqueSlug(form.getTitle()),
                            em.find(org.rapport.identity.Account.class, caller.getId()),
                            findBySlug(basedOn).orElse(null));
        } else {
            exercise = findBySlug(slug).orElse(null);
            if (exercise == null) {
                throw new org.rapport.platform.NotVisible("exercise");
            }
            if (!exercise.isPractice()) {
                throw org.rapport.platform.InvalidRecord.of(
                        "",
                        "Library exercises are read-only; duplicate it to make your practice's version.");
            }
            em.lock(exercise, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (form.getVersion() == null || form.getVersion() != exercise.getVersion()) {
                // someone saved it after this form was made: nothing is saved; the page shows both
                throw new org.rapport.platform.EditConflict(
                        ExerciseForm.of(exercise),
                        exercise.getVersion(),
                        "another counselor of the practice",
                        null);
            }
        }
        boolean answered =
                exercise.getId() != null
                        && em.createQuery(
                                                "SELECT COUNT(a) FROM HomeworkAnswer a"
                                                        + " WHERE a.prompt.exercise.id = :id",
                                                Long.class)
                                        .setParameter("id", exercise.getId())
                                        .getSingleResult()
                                > 0;
        if (answered && !sameQuestions(exercise, form)) {
            problems.put(
                    "questions",
                    "Clients have answered these questions already, so they stay as they are."
                            + " Duplicate the exercise to ask different ones.");
        }
        if (!problems.isEmpty()) {
            throw new org.rapport.platform.InvalidRecord(problems);
        }
        exercise.describe(form, em.find(Strategy.class, form.getStrategyKey()));
        if (exercise.getId() == null) {
            em.persist(exercise);
        }
        if (!answered) {
            List<ReflectionPrompt> existing = new java.util.ArrayList<>(exercise.getPrompts());
            List<ExerciseForm.Question> wanted =
                    form.getQuestions().stream()
                            .filter(q -> q.getText() != null && !q.getText().isBlank())
                            .toList();
            for (int i = 0; i < Math.max(existing.size(), wanted.size()); i++) {
                if (i < existing.size()) {
                    existing.get(i).moveTo(100 + i); // out of the way of the unique (exercise,
                    // position) while renumbering
                }
            }
            em.flush();
            for (int i = 0; i < Math.max(existing.size(), wanted.size()); i++) {
                if (i < wanted.size() && i < existing.size()) {
                    existing.get(i).write(wanted.get(i));
                    existing.get(i).moveTo(i + 1);
                } else if (i < wanted.size()) {
                    ReflectionPrompt prompt = new ReflectionPrompt(exercise, i + 1, wanted.get(i));
                    em.persist(prompt);
                    exercise.getPrompts().add(prompt);
                } else {
                    exercise.getPrompts().remove(existing.get(i));
                    em.remove(existing.get(i));
                }
            }
        }
        em.flush();
        audit.record(
                currentUser.actor(),
                slug == null
                        ? org.rapport.audit.AuditAction.CREATE
                        : org.rapport.audit.AuditAction.UPDATE,
                "Exercise",
                exercise.getId(),
                null,
                exercise.getSlug());
        return exercise;
    }

    private java.util.Map<String, String> check(ExerciseForm form) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            problems.put("title", "Give the exercise a title.");
        } else if (form.getTitle().strip().length() > 160) {
            problems.put("title", "Keep the title under 160 characters.");
        }
        if (form.getStrategyKey() == null
                || em.find(Strategy.class, form.getStrategyKey()) == null) {
            problems.put("strategyKey", "Choose the strategy it practises.");
        }
        if (form.getGoal() == null || form.getGoal().isBlank()) {
            problems.put("goal", "Say in a sentence or two what it is for.");
        } else if (form.getGoal().strip().length() > 600) {
            problems.put("goal", "Keep the goal under 600 characters.");
        }
        if (form.getMinutesNeeded() == null
                || form.getMinutesNeeded() < 1
                || form.getMinutesNeeded() > 600) {
            problems.put("minutesNeeded", "Enter the time it takes, 1 to 600 minutes.");
        }
        if (form.getFrequency() == null || form.getFrequency().isBlank()) {
            problems.put("frequency", "Say how often, e.g. \"Once a week\".");
        } else if (form.getFrequency().strip().length() > 120) {
            problems.put("frequency", "Keep this under 120 characters.");
        }
        if (form.getParticipation() == null) {
            problems.put("participation", "Choose who does it.");
        }
        long steps =
                form.getSteps().stream()
                        .filter(l -> l.getText() != null && !l.getText().isBlank())
                        .count();
        if (steps == 0) {
            problems.put("steps", "Write at least one step.");
        }
        for (int i = 0; i < form.getSteps().size(); i++) {
            String text = form.getSteps().get(i).getText();
            if (text != null && text.strip().length() > 1000) {
                problems.put("steps:" + i + ":text", "A step holds at most 1,000 characters.");
            }
        }
        List<ExerciseForm.Question> questions = form.getQuestions();
        long asked =
                questions.stream()
                        .filter(q -> q.getText() != null && !q.getText().isBlank())
                        .count();
        if (asked == 0) {
            problems.put("questions", "Ask at least one reflection question.");
        } else if (asked > ExerciseForm.MAX_QUESTIONS) {
            problems.put("questions", "Ask at most five reflection questions.");
        }
        for (int i = 0; i < questions.size(); i++) {
            ExerciseForm.Question q = questions.get(i);
            if (q.getText() == null || q.getText().isBlank()) {
                continue;
            }
            if (q.getText().strip().length() > 500) {
                problems.put(
                        "questions:" + i + ":text", "A question holds at most 500 characters.");
            }
            if (q.getAnswerType() == AnswerType.SCALE
                    && (q.getLow() == null
                            || q.getLow().isBlank()
                            || q.getHigh() == null
                            || q.getHigh().isBlank())) {
                problems.put(
                        "questions:" + i + ":low",
                        "A 0–10 scale needs a label at each end, e.g. \"Not at all\" and \"Completely\".");
            } else if (q.getAnswerType() == AnswerType.SCALE
                    && (q.getLow().strip().length() > 60 || q.getHigh().strip().length() > 60)) {
                problems.put(
                        "questions:" + i + ":low", "Keep the scale labels under 60 characters.");
            }
        }
        return problems;
    }

    private static boolean sameQuestions(Exercise exercise, ExerciseForm form) {
        List<ExerciseForm.Question> wanted =
                form.getQuestions().stream()
                        .filter(q -> q.getText() != null && !q.getText().isBlank())
                        .toList();
        if (wanted.size() != exercise.getPrompts().size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            ReflectionPrompt prompt = exercise.getPrompts().get(i);
            if (!prompt.getQuestion().equals(wanted.get(i).getText().strip())
                    || prompt.getAnswerType() != wanted.get(i).getAnswerType()) {
                return false;
            }
        }
        return true;
    }

    private String uniqueSlug(String title) {
        String base =
                title == null
                        ? "exercise"
                        : java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "")
                                .toLowerCase(java.util.Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "exercise";
        }
        base = base.length() > 70 ? base.substring(0, 70).replaceAll("-$", "") : base;
        String slug = base;
        for (int n = 2; findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String where(ExerciseFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.strategyKey() != null) {
            where.append(" AND s.key = :strategy");
        }
        if (filter.participation() != null) {
            where.append(" AND e.participation = :participation");
        }
        if (filter.text() != null) {
            where.append(
                    " AND (LOWER(e.title) LIKE :text ESCAPE '\\' OR LOWER(e.goal) LIKE :text ESCAPE '\\')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, ExerciseFilter filter) {
        if (filter.strategyKey() != null) {
            query.setParameter("strategy", filter.strategyKey());
        }
        if (filter.participation() != null) {
            query.setParameter("participation", filter.participation());
        }
        if (filter.text() != null) {
            query.setParameter("text", filter.likePattern());
        }
    }
}
