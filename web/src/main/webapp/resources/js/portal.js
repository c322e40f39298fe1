/* The portal's own behaviour, from a file: the pages carry no inline script (their Content-Security-Policy allows
   only scripts of this site and PrimeFaces' nonce-marked ones). */
document.addEventListener('change', function (event) {
    // a change inside an application's content re-checks its eligibility (p:remoteCommand "recheck")
    if (event.target.closest && event.target.closest('.recheck-on-change') && typeof window.recheck === 'function') {
        window.recheck();
    }
});

// Every chart has a text alternative (UX-5): its canvas is named by the chart's title, and a table of the same
// figures follows it for screen readers and for anyone who wants the numbers. PrimeFaces draws charts when they can
// be seen, so this looks again until every chart on the page is described.
function describeCharts() {
    var english = document.documentElement.lang === 'en';
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
        var chart = PrimeFaces.widgets[name] && PrimeFaces.widgets[name].chart;
        var canvas = chart && chart.canvas;
        if (!canvas || canvas.dataset.described) {
            return;
        }
        canvas.dataset.described = 'true';
        var title = (chart.options.plugins && chart.options.plugins.title && chart.options.plugins.title.text) || '';
        var labels = chart.data.labels || [];
        var datasets = chart.data.datasets || [];
        canvas.setAttribute('aria-label', (title || (english ? 'Chart' : '图表')) + (english ? ' (figures in the table below)' : '（数据见下表）'));
        var details = document.createElement('details');
        details.className = 'chart-data';
        var summary = document.createElement('summary');
        summary.textContent = english ? 'Figures as a table' : '以表格查看数据';
        details.appendChild(summary);
        var table = document.createElement('table');
        var caption = document.createElement('caption');
        caption.textContent = title;
        table.appendChild(caption);
        var head = table.createTHead().insertRow();
        var corner = document.createElement('th');
        corner.scope = 'col';
        corner.textContent = english ? 'Item' : '项目';
        head.appendChild(corner);
        datasets.forEach(function (set) {
            var th = document.createElement('th');
            th.scope = 'col';
            th.textContent = set.label || title;
            head.appendChild(th);
        });
        var body = table.createTBody();
        labels.forEach(function (label, i) {
            var row = body.insertRow();
            var th = document.createElement('th');
            th.scope = 'row';
            th.textContent = label;
            row.appendChild(th);
            datasets.forEach(function (set) {
                row.insertCell().textContent = set.data[i];
            });
        });
        details.appendChild(table);
        canvas.parentNode.parentNode.insertBefore(details, canvas.parentNode.nextSibling);
    });
    return !document.querySelector('.chart-card canvas:not([aria-label])');
}

window.addEventListener('load', function () {
    if (typeof PrimeFaces === 'undefined' || !document.querySelector('.chart-card canvas')) {
        return;
    }
    var tries = 0;
    (function again() {
        if (!describeCharts() && ++tries < 40) {
            setTimeout(again, 250);
        }
    })();
});

// Two names PrimeFaces leaves out or puts in the wrong place (UX-5): the file-upload "choose" span carries the
// button's name, which belongs on the file input inside it; a select menu's visible box is named by its label.
// Again after every partial update of the page.
function nameControls() {
    document.querySelectorAll('.ui-fileupload-choose[aria-label], .ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
        var input = choose.querySelector('input[type=file]');
        ['aria-label', 'aria-labelledby'].forEach(function (name) {
            if (choose.hasAttribute(name)) {
                if (input && !input.hasAttribute(name)) {
                    input.setAttribute(name, choose.getAttribute(name));
                }
                choose.removeAttribute(name);
            }
        });
    });
    document.querySelectorAll('.ui-selectonemenu').forEach(function (menu) {
        var box = document.getElementById(menu.id + '_label');
        var label = document.querySelector(['', '_focus', '_input', '_label'].map(function (suffix) {
            return 'label[for="' + menu.id + suffix + '"]';
        }).join(', '));
        if (box && label && label.textContent.trim() && !box.getAttribute('aria-label')) {
            if (!label.id) {
                label.id = menu.id + '_name';
            }
            box.removeAttribute('aria-label');
            box.setAttribute('aria-labelledby', label.id);
        }
    });
}
window.addEventListener('load', function () {
    nameControls();
    setTimeout(nameControls, 300); // widgets PrimeFaces finishes after the load event
});
window.addEventListener('resize', nameControls);
if (typeof jQuery !== 'undefined') {
    jQuery(document).on('pfAjaxComplete', nameControls);
}
