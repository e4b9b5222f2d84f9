package org.rapport.practice;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.PracticeValues;

/** The administrator's practice settings page. */
@Named
@ViewScoped
public class EditPracticeSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SAVED =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final List<SelectItem> START_HOURS = hours(0, 23);
    private static final List<SelectItem> END_HOURS = hours(1, 24);

    @Inject private PracticeSettingsService service;

    @Inject private PracticeClock clock;

    private PracticeSettingsForm form = new PracticeSettingsForm();
    private long version;
    private String lastSaved;
    // the list of zones is not part of the session copy: made again after a fail-over
    private transient List<SelectItem> zones;

    public void open() {
        if (jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        PracticeSettingsService.Editing editing = service.editing();
        show(editing.form(), editing.values());
    }

    private void show(PracticeSettingsForm shown, PracticeValues values) {
        form = shown;
        version = values.getVersion();
        lastSaved =
                values.getChangedAt() == null
                        ? null
                        : values.getChangedBy()
                                + " on "
                                + SAVED.format(values.getChangedAt().atZone(clock.zone()));
    }

    public void save() {
        Pages.run(
                "settings",
                () -> {
                    PracticeValues saved = service.save(form, version);
                    show(PracticeSettingsService.formOf(saved), saved);
                    FieldMessages.info(
                            "Settings saved. They apply now: the portal, the calendar, reminders and exports use them.");
                },
                conflict -> {
                    FieldMessages.error(
                            null,
                            (conflict.changedBy() == null ? "Someone" : conflict.changedBy())
                                    + " saved the settings while you were editing them. Nothing of yours was saved: the page now"
                                    + " shows their values; change them again and save.");
                    form = (PracticeSettingsForm) conflict.current();
                    version = conflict.currentVersion();
                    lastSaved =
                            conflict.changedAt() == null
                                    ? null
                                    : conflict.changedBy()
                                            + " on "
                                            + SAVED.format(
                                                    conflict.changedAt().atZone(clock.zone()));
                    jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                });
    }

    /**
     * Every region's zone as "Europe/Berlin (UTC+01:00)", by offset and name; the stored zone
     * always among them.
     */
    private List<SelectItem> zones() {
        if (zones == null) {
            Instant now = clock.now();
            List<ZoneId> ids = new ArrayList<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.contains("/")
                                && !id.startsWith("Etc/")
                                && !id.startsWith("SystemV/")
                                && Character.isUpperCase(id.charAt(0))
                        || id.equals("UTC")) {
                    ids.add(ZoneId.of(id));
                }
            }
            if (form.getTimeZone() != null
                    && ids.stream().noneMatch(z -> z.getId().equals(form.getTimeZone()))) {
                try {
                    ids.add(ZoneId.of(form.getTimeZone()));
                } catch (java.time.DateTimeException e) {
                    // not a zone: the field's message says so
                }
            }
            ids.sort(
                    Comparator.comparing((ZoneId z) -> z.getRules().getOffset(now))
                            .reversed()
                            .thenComparing(ZoneId::getId));
            List<SelectItem> items = new ArrayList<>(ids.size());
            for (ZoneId zone : ids) {
                items.add(new SelectItem(zone.getId(), label(zone, now)));
            }
            zones = items;
        }
        return zones;
    }

    /** "Europe/Berlin (UTC+01:00)"; the offset as it is now (it changes with daylight saving). */
    static String label(ZoneId zone, Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        String shown = offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        return zone.getId().replace('_', ' ') + " (UTC" + shown + ")";
    }

    public List<SelectItem> getZones() {
        return zones();
    }

    public List<SelectItem> getStartHours() {
        return START_HOURS;
    }

    public List<SelectItem> getEndHours() {
        return END_HOURS;
    }

    private static List<SelectItem> hours(int first, int last) {
        List<SelectItem> hours = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            hours.add(new SelectItem(h, PracticeValues.hour(h)));
        }
        return List.copyOf(hours);
    }

    public PracticeSettingsForm getForm() {
        return form;
    }

    public String getLastSaved() {
        return lastSaved;
    }

    public int getNameMax() {
        return PracticeSettingsService.NAME_MAX;
    }

    public int getCrisisTextMax() {
        return PracticeSettingsService.CRISIS_TEXT_MAX;
    }
}
