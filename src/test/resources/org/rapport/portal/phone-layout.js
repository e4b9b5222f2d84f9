/*
 * The phone layout check, from the boxes the browser laid out (getBoundingClientRect): returns a list of
 * problems, empty when the page is fine. Run by PortalPhoneLayoutIT at 390 x 844.
 *  - No horizontal scroll.
 *  - Every visible touch target at least 44 x 44 px: links, buttons, fields, summaries; a radio button or a
 *    check box counts with its label (PrimeFaces hides the input and draws a box; the box and its label are
 *    what a finger meets, and both select it). Exempt: a link inside running text (a paragraph that has other
 *    words around it), which WCAG 2.5.8 exempts as "inline".
 *  - No label of a radio button or check box away from its control: the label is on the control's row right
 *    beside it, or right under it (a number under its circle), never on another line further off.
 */
(function () {
    'use strict';
    var MIN = 44, NEAR = 12, problems = [];
    var width = window.innerWidth;
    function visible(el) {
        var r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= width + 1) {
            return false;
        }
        for (var e = el; e; e = e.parentElement) {
            var s = getComputedStyle(e);
            if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse') {
                return false;
            }
            if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') {
                return false;
            }
        }
        return true;
    }
    function describe(el) {
        var text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (text ? ' "' + text.slice(0, 40) + '"' : '');
    }
    function size(r) {
        return Math.round(r.width) + 'x' + Math.round(r.height);
    }
    function union(a, b) {
        var left = Math.min(a.left, b.left), top = Math.min(a.top, b.top);
        var right = Math.max(a.right, b.right), bottom = Math.max(a.bottom, b.bottom);
        return {left: left, top: top, right: right, bottom: bottom, width: right - left, height: bottom - top};
    }
    function inlineInText(link) {
        var block = link.parentElement;
        while (block && getComputedStyle(block).display.indexOf('inline') === 0) {
            block = block.parentElement;
        }
        if (!block || block.tagName !== 'P') {
            return false;
        }
        return block.innerText.replace(link.innerText, '').trim().length > 0;
    }

    var doc = document.scrollingElement || document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) {
        problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px wide in a ' + doc.clientWidth + ' px window');
    }

    // radio buttons and check boxes: the drawn box and its label, together
    var controls = document.querySelectorAll('input[type=radio], input[type=checkbox]');
    var counted = [];
    for (var i = 0; i < controls.length; i++) {
        var input = controls[i];
        var widget = input.closest('.ui-radiobutton, .ui-chkbox');
        var box = widget ? widget.querySelector('.ui-radiobutton-box, .ui-chkbox-box') : input;
        if (!box || !visible(box)) {
            continue;
        }
        // the option's own label (a field's label, PrimeFaces' outputLabel, points at the first option too)
        var label = input.id ? Array.prototype.filter.call(document.querySelectorAll('label[for="' + CSS.escape(input.id) + '"]'),
            function (candidate) { return !candidate.classList.contains('ui-outputlabel'); })[0] : null;
        label = label || (widget && widget.querySelector('.ui-chkbox-label')) || input.closest('label');
        var b = box.getBoundingClientRect();
        if (!label || !visible(label)) {
            problems.push('a ' + input.type + ' without a visible label: ' + describe(input));
            continue;
        }
        counted.push(label);
        var l = label.getBoundingClientRect();
        var sameRow = l.top < b.bottom && l.bottom > b.top && l.left - b.right >= -b.width && l.left - b.right <= NEAR;
        var under = l.top - b.bottom >= -1 && l.top - b.bottom <= NEAR
            && Math.abs((l.left + l.right) / 2 - (b.left + b.right) / 2) <= NEAR;
        if (!sameRow && !under) {
            problems.push('the label "' + label.innerText.trim() + '" is away from its ' + input.type + ' (box at '
                + Math.round(b.left) + ',' + Math.round(b.top) + ', label at ' + Math.round(l.left) + ',' + Math.round(l.top) + ')');
        }
        var hit = union(b, l);
        if (hit.width < MIN - 0.5 || hit.height < MIN - 0.5) {
            problems.push('the ' + input.type + ' "' + label.innerText.trim() + '" is ' + size(hit) + ' px to touch (box and label)');
        }
    }

    var targets = document.querySelectorAll('a[href], button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]),'
        + ' textarea, select, summary, [role=button]');
    for (var t = 0; t < targets.length; t++) {
        var el = targets[t];
        if (el.closest('.ui-helper-hidden-accessible') || counted.indexOf(el) >= 0 || !visible(el)) {
            continue;
        }
        if (el.tagName === 'A' && inlineInText(el)) {
            continue;
        }
        var r = el.getBoundingClientRect();
        if (r.width < MIN - 0.5 || r.height < MIN - 0.5) {
            problems.push(describe(el) + ' is ' + size(r) + ' px to touch');
        }
    }
    return problems;
}());
