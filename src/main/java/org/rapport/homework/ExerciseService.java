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

    @PersistenceContext
    private EntityManager em;

    /** One page of exercises, with their strategy, matching the filter. */
    public List<Exercise> find(ExerciseFilter filter, ExerciseOrder order, boolean ascending, int first, int pageSize) {
        String direction = ascending ? " ASC" : " DESC";
        TypedQuery<Exercise> query = em.createQuery(
                "SELECT e FROM Exercise e JOIN FETCH e.strategy s" + where(filter)
                        + " ORDER BY " + order.path() + direction + ", e.title ASC, e.id ASC", Exercise.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
                .getResultList();
    }

    /** How many exercises match the filter. */
    public long count(ExerciseFilter filter) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(e) FROM Exercise e JOIN e.strategy s" + where(filter), Long.class);
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
        return em.createQuery("SELECT s FROM Strategy s ORDER BY s.sortOrder", Strategy.class).getResultList();
    }

    public Optional<Strategy> strategy(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(Strategy.class, key));
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
            where.append(" AND (LOWER(e.title) LIKE :text ESCAPE '\\' OR LOWER(e.goal) LIKE :text ESCAPE '\\')");
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
