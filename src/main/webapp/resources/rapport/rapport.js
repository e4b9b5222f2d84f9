/*
 * Idle sign-out warning. The server ends a session after a period without requests; this counts the
 * same period from the last request the page made (page load or Ajax), warns before the end and signs
 * out when it is reached, so that a page with client data is not left open on an unattended screen.
 */
(function () {
    'use strict';
    var config = document.getElementById('idle-config');
    if (!config) {
        return;
    }
    var idleSeconds = parseInt(config.getAttribute('data-idle'), 10);
    var warnAfter = parseInt(config.getAttribute('data-warn'), 10);
    var warnTimer, endTimer, tick;

    function countdown(secondsLeft) {
        var label = document.getElementById('idle-countdown');
        clearInterval(tick);
        tick = setInterval(function () {
            secondsLeft = Math.max(0, secondsLeft - 1);
            if (label) {
                label.textContent = String(secondsLeft);
            }
        }, 1000);
        if (label) {
            label.textContent = String(secondsLeft);
        }
    }

    function restart() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        clearInterval(tick);
        if (window.PF && PF('idleWarning')) {
            PF('idleWarning').hide();
        }
        warnTimer = setTimeout(function () {
            countdown(idleSeconds - warnAfter);
            PF('idleWarning').show();
        }, warnAfter * 1000);
        endTimer = setTimeout(function () {
            window.rapportSignOutIdle();
        }, idleSeconds * 1000 - 1500);
    }

    window.rapportIdle = { restart: restart };
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', restart);
    }
    restart();
}());

/*
 * The calendar's options PrimeFaces does not expose: the counselor's working hours shaded, a line at
 * the current time, and weeks starting on Monday.
 */
function rapportCalendarOptions() {
    'use strict';
    // the practice's working day (its settings page): shaded Monday to Friday, and the hours the views show
    var dayStarts = String(this.cfg.options.slotMinTime || '07:00:00');
    var dayEnds = String(this.cfg.options.slotMaxTime || '21:00:00');
    this.cfg.options.businessHours = {daysOfWeek: [1, 2, 3, 4, 5], startTime: dayStarts.substr(0, 5),
        endTime: dayEnds.substr(0, 5)};
    this.cfg.options.nowIndicator = true;
    this.cfg.options.firstDay = 1;
    this.cfg.options.eventTimeFormat = {hour: '2-digit', minute: '2-digit', hour12: false};
    this.cfg.options.slotLabelFormat = {hour: '2-digit', minute: '2-digit', hour12: false};
    var widget = this;
    // the week and day views show 07:00-21:00, and stretch to the hours of any earlier or later session
    this.cfg.options.eventsSet = function () {
        if (widget.calendar) {
            rapportFitHours(widget.calendar, dayStarts, dayEnds);
        }
    };
    this.cfg.options.datesSet = function () {
        if (widget.calendar) {
            rapportFitHours(widget.calendar, dayStarts, dayEnds);
        }
    };
}

/* The hours a time-grid view shows: the usual day, widened to every event in view (over midnight: all day). */
function rapportFitHours(calendar, dayStarts, dayEnds) {
    'use strict';
    var view = calendar.view;
    if (!view || view.type.indexOf('timeGrid') !== 0) {
        return;
    }
    var first = parseInt(dayStarts.substr(0, 2), 10) * 60;
    var last = parseInt(dayEnds.substr(0, 2), 10) * 60;
    function minutes(text) {
        return parseInt(text.substr(11, 2), 10) * 60 + parseInt(text.substr(14, 2), 10);
    }
    calendar.getEvents().forEach(function (event) {
        var start = event.startStr;
        var end = event.endStr || start;
        if (!start || start.length < 16) {
            return;
        }
        if (start.substr(0, 10) !== end.substr(0, 10) && minutes(end) > 0) {
            first = 0;
            last = 24 * 60;
            return;
        }
        first = Math.min(first, minutes(start));
        last = Math.max(last, start.substr(0, 10) !== end.substr(0, 10) ? 24 * 60 : minutes(end));
    });
    function clock(total) {
        var hours = Math.floor(total / 60);
        return (hours < 10 ? '0' : '') + hours + ':00:00';
    }
    var min = clock(Math.floor(first / 60) * 60);
    var max = clock(Math.ceil(last / 60) * 60);
    if (calendar.rapportHours !== min + max) {
        calendar.rapportHours = min + max;
        calendar.setOption('slotMinTime', min);
        calendar.setOption('slotMaxTime', max);
    }
}

/*
 * Autosave. A region marked data-autosave="<remote command>" is saved every few seconds while it has
 * unsaved changes, and at once when a field loses focus or the tab is hidden, so a closed tab or an
 * ended session loses at most a few seconds of typing. Leaving with unsaved changes asks first.
 */
(function () {
    'use strict';
    var regions = Array.prototype.slice.call(document.querySelectorAll('[data-autosave]'));
    if (!regions.length) {
        return;
    }
    var savers = regions.map(function (region) {
        var command = region.getAttribute('data-autosave');
        var state = { dirty: false };
        function relevant(event) {
            var target = event.target;
            return target && target.type !== 'password' && !(target.closest && target.closest('.ui-dialog'));
        }
        function mark(event) {
            if (!relevant(event)) {
                return;
            }
            state.dirty = true;
            var label = region.querySelector('[id$="saved"]');
            if (label) {
                label.textContent = 'Unsaved changes…';
                label.className = '';
            }
        }
        state.save = function () {
            if (!state.dirty || typeof window[command] !== 'function') {
                return;
            }
            state.dirty = false;
            window[command]();
        };
        region.addEventListener('input', mark);
        region.addEventListener('change', mark);
        if (window.jQuery) {
            // PrimeFaces selects a radio button or a check box through jQuery, whose "change" no native listener hears
            window.jQuery(region).on('change', mark);
        }
        region.addEventListener('click', function (event) {
            // a button that sends the whole form (Send my check-in) carries every answer: nothing is left unsaved
            if (event.target.closest && event.target.closest('[data-autosave-submit]')) {
                state.dirty = false;
            }
        });
        region.addEventListener('focusout', function (event) {
            if (relevant(event)) {
                state.save();
            }
        });
        setInterval(state.save, 3000);
        return state;
    });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            savers.forEach(function (s) { s.save(); });
        }
    });
    window.addEventListener('beforeunload', function (event) {
        var unsaved = savers.some(function (s) { return s.dirty; });
        if (unsaved) {
            savers.forEach(function (s) { s.save(); });
            event.preventDefault();
            event.returnValue = '';
        }
    });
}());

/*
 * Check-in stepper: on a phone-sized screen one question shows at a time, with Back and Next; on a wider
 * screen every question shows and the buttons are hidden (CSS decides).
 */
(function () {
    'use strict';
    var steps = document.getElementById('checkin-steps');
    if (!steps) {
        return;
    }
    var items = steps.querySelectorAll('.checkin-item');
    var current = 0;
    function show(index) {
        current = Math.max(0, Math.min(items.length - 1, index));
        for (var i = 0; i < items.length; i++) {
            items[i].classList.toggle('current', i === current);
        }
        steps.classList.toggle('at-end', current === items.length - 1);
        steps.classList.toggle('at-start', current === 0);
    }
    steps.querySelector('.checkin-next').addEventListener('click', function () { show(current + 1); items[current].scrollIntoView(); });
    steps.querySelector('.checkin-back').addEventListener('click', function () { show(current - 1); items[current].scrollIntoView(); });
    // a check-in saved part of the way opens where the client left it: after the last question answered
    function answered(item) {
        return item.querySelector('input[type=radio]:checked')
            || Array.prototype.some.call(item.querySelectorAll('textarea'), function (t) { return t.value.trim() !== ''; });
    }
    var resume = 0;
    for (var i = 0; i < items.length; i++) {
        if (answered(items[i])) {
            resume = i + 1;
        }
    }
    show(resume);
}());

/*
 * Length limits that never cut what was typed: a field with data-limit (instead of maxlength, which drops
 * pasted or typed text without a word) shows how much room is left near its limit, and says plainly when the
 * text is over it; the server refuses an over-long text with a message next to the field and keeps it.
 */
(function () {
    'use strict';
    function counterFor(field) {
        var limit = parseInt(field.getAttribute('data-limit'), 10);
        var note = document.createElement('span');
        note.className = 'char-limit';
        note.setAttribute('aria-live', 'polite');
        field.insertAdjacentElement('afterend', note);
        function update() {
            var length = field.value.length;
            var over = length - limit;
            note.classList.toggle('over', over > 0);
            if (over > 0) {
                note.textContent = over + (over === 1 ? ' character' : ' characters') + ' over the limit of '
                    + limit.toLocaleString('en') + ': shorten it to save.';
            } else if (length >= limit * 0.8) {
                note.textContent = (limit - length).toLocaleString('en') + ' characters left';
            } else {
                note.textContent = '';
            }
        }
        field.addEventListener('input', update);
        update();
    }
    function init() {
        var fields = document.querySelectorAll('[data-limit]:not([data-limit-ready])');
        for (var i = 0; i < fields.length; i++) {
            fields[i].setAttribute('data-limit-ready', 'true');
            counterFor(fields[i]);
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', init);
    }
}());
