package org.rapport.homework;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.clients.Client;
import org.rapport.platform.Sealed;

/**
 * A person's answer to one reflection prompt of a task. A partner reads it only when it is shared.
 */
@Entity
@Table(name = "homework_answer")
public class HomeworkAnswer implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "task_id")
    private HomeworkTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "prompt_id")
    private ReflectionPrompt prompt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @Sealed
    @Column(name = "text_value")
    private String text;

    @Column(name = "scale_value")
    private Integer scale;

    private boolean shared;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected HomeworkAnswer() {}

    HomeworkAnswer(HomeworkTask task, ReflectionPrompt prompt, Client client) {
        this.task = task;
        this.prompt = prompt;
        this.client = client;
    }

    void write(String text, Integer scale, boolean shared, Instant now) {
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.scale = scale;
        this.shared = shared;
        this.updatedAt = now;
    }

    public boolean isEmpty() {
        return text == null && scale == null;
    }

    public Long getId() {
        return id;
    }

    public HomeworkTask getTask() {
        return task;
    }

    public ReflectionPrompt getPrompt() {
        return prompt;
    }

    public Client getClient() {
        return client;
    }

    public String getText() {
        return text;
    }

    public Integer getScale() {
        return scale;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
