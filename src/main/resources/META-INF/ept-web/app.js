/*
 * The tool's pages after an LTI launch: the module catalogue and a module with its units and workplace activities.
 * The session token lives only in this page's memory and goes out as a bearer header: no cookie is needed, so the
 * pages work inside a VLE iframe whatever the browser does with third-party cookies.
 */
(function () {
  'use strict';
  var ept = window.EPT || {};
  var app = document.getElementById('app');
  var PROFESSIONS = {
    'occupational-therapy': 'Occupational therapy', 'operating-department-practice': 'Operating department practice',
    'osteopathy': 'Osteopathy', 'paramedic-practice': 'Paramedic practice', 'physiotherapy': 'Physiotherapy',
    'podiatry': 'Podiatry', 'prosthetics-orthotics': 'Prosthetics and orthotics',
    'diagnostic-radiography': 'Diagnostic radiography', 'therapeutic-radiography': 'Therapeutic radiography',
    'dietetics': 'Dietetics'
  };
  var PILLARS = {
    'clinical-practice': 'Clinical practice', 'leadership-management': 'Leadership and management',
    'education': 'Education', 'research': 'Research'
  };
  var STATUS = {
    'not-started': 'Not started', 'completed': 'Completed', 'passed': 'Passed', 'failed': 'Not passed yet',
    'done': 'Done', 'waived': 'Recognised prior learning'
  };

  function api(method, path, body) {
    var headers = { 'Authorization': 'Bearer ' + ept.session, 'Accept': 'application/json' };
    if (body) { headers['Content-Type'] = 'application/json'; }
    return fetch(ept.base + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (json) {
          if (!r.ok) { throw new Error(json.detail || json.title || ('Request failed (' + r.status + ')')); }
          return json;
        });
      });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k.indexOf('on') === 0) {
        node.addEventListener(k.slice(2), attrs[k]);
      } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  function show(node, title) {
    app.innerHTML = '';
    app.appendChild(node);
    var h = app.querySelector('h2');
    if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
    if (title) { document.title = title + ' – Enhanced Practice Tool'; }
  }

  function message(text) {
    show(el('div', {}, [el('h2', { text: 'Something went wrong' }), el('p', { role: 'alert', text: text })]));
  }

  function select(id, label, options, value) {
    var s = el('select', { id: id, name: id });
    s.appendChild(el('option', { value: '', text: 'All' }));
    Object.keys(options).forEach(function (k) {
      var o = el('option', { value: k, text: options[k] });
      if (k === value) { o.selected = true; }
      s.appendChild(o);
    });
    return el('div', { 'class': 'field' }, [el('label', { 'for': id, text: label }), s]);
  }

  function catalogue(filters) {
    filters = filters || {};
    var q = '?profession=' + encodeURIComponent(filters.profession || '') + '&pillar='
      + encodeURIComponent(filters.pillar || '') + '&q=' + encodeURIComponent(filters.q || '');
    api('GET', '/api/catalogue' + q).then(function (data) {
      var form = el('form', { 'class': 'filters', role: 'search', 'aria-label': 'Filter modules' }, [
        select('profession', 'Profession', Object.assign({ core: 'Shared core' }, PROFESSIONS), filters.profession),
        select('pillar', 'Pillar of practice', PILLARS, filters.pillar),
        el('div', { 'class': 'field' }, [el('label', { 'for': 'q', text: 'Search' }),
          el('input', { id: 'q', name: 'q', type: 'search', value: filters.q || '' })]),
        el('button', { type: 'submit', text: 'Show modules' })
      ]);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        catalogue({ profession: form.profession.value, pillar: form.pillar.value, q: form.q.value });
      });
      var list = el('ul', { 'class': 'modules', id: 'module-list' });
      data.modules.forEach(function (m) {
        var open = el('button', { type: 'button', 'class': 'link', text: m.title,
          onclick: function () { module(m.key); } });
        list.appendChild(el('li', { 'data-module': m.key }, [el('h3', {}, [open]),
          el('p', { text: m.description }),
          el('p', { 'class': 'meta', text: m.units + ' online units · ' + m.workplaceActivities
            + ' workplace activities' + (m.estimatedMinutes ? ' · about ' + Math.round(m.estimatedMinutes / 6) / 10
              + ' hours online' : '') })]));
      });
      var count = el('p', { role: 'status', text: data.modules.length + ' module' + (data.modules.length === 1 ? '' : 's') });
      show(el('section', {}, [el('h2', { text: 'Modules' }), form, count, list]), 'Modules');
    }).catch(function (e) { message(e.message); });
  }

  function unitRow(m, u) {
    var status = el('span', { 'class': 'status status-' + u.status, text: STATUS[u.status] || u.status });
    var actions = [];
    if (ept.role === 'LEARNER') {
      actions.push(el('button', { type: 'button', text: u.status === 'not-started' ? 'Start' : 'Open',
        'aria-label': (u.status === 'not-started' ? 'Start ' : 'Open ') + u.title,
        onclick: function () { launch(m, u); } }));
    }
    var meta = (u.kind === 'knowledge-check' ? 'Knowledge check' : 'Lesson')
      + (u.estimatedMinutes ? ' · about ' + u.estimatedMinutes + ' minutes' : '')
      + (typeof u.scoreScaled === 'number' ? ' · score ' + Math.round(u.scoreScaled * 100) + '%' : '');
    return el('li', { 'data-unit': u.id }, [el('h4', { text: u.title }), el('p', { text: u.description }),
      el('p', { 'class': 'meta' }, [status, document.createTextNode(' · ' + meta)])].concat(actions));
  }

  function activityRow(a, m) {
    var ksbs = a.ksbs.map(function (k) { return k.id; }).join(', ');
    var log = ept.role === 'LEARNER' ? el('button', { type: 'button', text: 'Log this activity',
      'aria-label': 'Log this activity: ' + a.title, onclick: function () { logForm(m, a); } }) : null;
    return el('li', {}, [log, el('details', {}, [el('summary', { text: a.title }),
      el('p', { text: a.guidance }),
      el('p', { 'class': 'meta', text: (a.suggestedHours ? 'Usually about ' + a.suggestedHours + ' hours · ' : '')
        + (a.offTheJob ? 'Usually counts as off-the-job training' : 'Does not usually count as off-the-job training')
        + (ksbs ? ' · KSBs ' + ksbs : '') })])]);
  }

  function module(key, openUnit) {
    api('GET', '/api/catalogue/' + encodeURIComponent(key)).then(function (m) {
      var parts = [el('p', {}, [el('button', { type: 'button', 'class': 'link', text: '← All modules',
        onclick: function () { catalogue(); } })]), el('h2', { text: m.title }), el('p', { text: m.description })];
      if (m.standard && m.standard.illustrative) {
        parts.push(el('p', { 'class': 'notice', id: 'illustrative-notice',
          text: 'Illustrative KSBs — not the published standard ' + m.standard.reference + ' v' + m.standard.version
            + '. Your university will import the published list.' }));
      }
      if (m.satisfied) { parts.push(el('p', { 'class': 'notice done', text: 'You have met every unit of this module.' })); }
      var units = el('ol', { 'class': 'units', id: 'unit-list' });
      m.unitList.forEach(function (u) { units.appendChild(unitRow(m, u)); });
      parts.push(el('h3', { text: 'Online units' }), units);
      if (m.activityList.length) {
        var activities = el('ul', { 'class': 'activities' });
        m.activityList.forEach(function (a) { activities.appendChild(activityRow(a, m)); });
        parts.push(el('h3', { text: 'Workplace activities' }), activities);
      }
      parts.push(el('div', { id: 'au-area' }));
      show(el('section', { 'data-module': m.key }, parts), m.title);
      var placed = openUnit && m.unitList.filter(function (u) { return u.id === openUnit; })[0];
      if (placed && ept.role === 'LEARNER') { launch(m, placed); }
    }).catch(function (e) { message(e.message); });
  }

  function launch(m, u) {
    var win = u.launchMethod === 'OwnWindow' ? window.open('', '_blank') : null;
    api('POST', '/api/catalogue/' + encodeURIComponent(m.key) + '/launch', { au: u.id }).then(function (l) {
      if (win) { win.location.href = l.url; return; }
      var area = document.getElementById('au-area');
      area.innerHTML = '';
      var frame = el('iframe', { src: l.url, title: u.title, id: 'au-frame', 'class': 'au-frame',
        allow: 'fullscreen' });
      area.appendChild(el('div', { 'class': 'au' }, [el('p', {}, [el('button', { type: 'button',
        text: 'Close unit', onclick: function () { module(m.key); } })]), frame]));
      frame.focus();
    }).catch(function (e) { if (win) { win.close(); } message(e.message); });
  }

  // ---- workplace activities: the learner logs one as evidence -------------------------------------------------

  var typesCache = null;
  function types() {
    return typesCache ? Promise.resolve(typesCache)
      : api('GET', '/api/workplace-activities/types').then(function (t) { typesCache = t; return t; });
  }

  function field(id, label, input, hint) {
    var parts = [el('label', { 'for': id, text: label })];
    if (hint) { parts.push(el('p', { 'class': 'hint', id: id + '-hint', text: hint })); input.setAttribute('aria-describedby', id + '-hint'); }
    parts.push(input);
    return el('div', { 'class': 'field' }, parts);
  }

  function logForm(m, a) {
    types().then(function (t) {
      var type = t.types.filter(function (x) { return x.id === a.type; })[0] || t.types[0];
      var today = new Date().toISOString().slice(0, 10);
      var form = el('form', { id: 'log-form', novalidate: 'novalidate' });
      form.appendChild(el('p', { text: type.guidance }));
      form.appendChild(field('log-date', 'Date it happened', el('input', { id: 'log-date', type: 'date', max: today,
        value: today, required: 'required' }), 'The day you did it, not today\'s date if different.'));
      form.appendChild(field('log-hours', 'Hours', el('input', { id: 'log-hours', type: 'number', min: '0.25',
        max: '13', step: '0.25', value: a.suggestedHours || 1, required: 'required' })));
      var otj = el('input', { id: 'log-otj', type: 'checkbox' });
      if (a.offTheJob) { otj.checked = true; }
      form.appendChild(el('div', { 'class': 'choice' }, [otj, el('label', { 'for': 'log-otj',
        text: 'This was off-the-job training' })]));
      form.appendChild(el('p', { 'class': 'hint', text: t.offTheJobRules }));
      form.appendChild(field('log-description', 'What you did', el('textarea', { id: 'log-description', rows: '4',
        required: 'required' }), 'Describe the activity. Never include anything that could identify a patient.'));
      type.prompts.forEach(function (prompt, i) {
        form.appendChild(field('log-prompt-' + i, prompt, el('textarea', { id: 'log-prompt-' + i, rows: '3',
          'data-prompt': prompt })));
      });
      var ksbs = el('fieldset', {}, [el('legend', { text: 'KSBs this evidences' })]);
      a.ksbs.forEach(function (k, i) {
        var box = el('input', { type: 'checkbox', id: 'log-ksb-' + i, value: k.id });
        box.checked = true;
        ksbs.appendChild(el('div', { 'class': 'choice' }, [box, el('label', { 'for': 'log-ksb-' + i,
          text: k.id + (k.statement ? ' – ' + k.statement : '') })]));
      });
      form.appendChild(ksbs);
      var status = el('div', { id: 'log-status', role: 'status' });
      form.appendChild(el('button', { type: 'submit', text: 'Submit for review' }));
      form.appendChild(status);
      form.addEventListener('submit', function (e) { e.preventDefault(); submitLog(form, m, a, status, false); });
      var area = document.getElementById('au-area');
      area.innerHTML = '';
      area.appendChild(el('section', { 'aria-labelledby': 'log-title' }, [el('h3', { id: 'log-title',
        text: 'Log: ' + a.title }), form]));
      form.querySelector('input').focus();
    }).catch(function (e) { message(e.message); });
  }

  function submitLog(form, m, a, status, confirmed) {
    var reflection = {};
    Array.prototype.forEach.call(form.querySelectorAll('[data-prompt]'), function (t) {
      if (t.value.trim()) { reflection[t.getAttribute('data-prompt')] = t.value.trim(); }
    });
    var body = {
      type: a.type, module: m.key, activity: a.id, title: a.title,
      occurredOn: form.querySelector('#log-date').value, hours: Number(form.querySelector('#log-hours').value),
      offTheJob: form.querySelector('#log-otj').checked, description: form.querySelector('#log-description').value,
      reflection: reflection, pillars: a.pillars,
      ksbs: Array.prototype.filter.call(form.querySelectorAll('input[id^=log-ksb-]'), function (b) { return b.checked; })
        .map(function (b) { return b.value; }),
      confirmNoPatientData: confirmed
    };
    status.textContent = 'Submitting…';
    api('POST', '/api/workplace-activities', body).then(function (r) {
      status.textContent = 'Submitted for review.' + (r.flags.length ? ' Note: ' + r.flags.join('; ') : '');
      form.querySelector('button[type=submit]').disabled = true;
    }).catch(function (e) {
      status.textContent = e.message;
      if (/patient/i.test(e.message) && !confirmed) {
        status.appendChild(el('p', {}, [el('button', { type: 'button', text: 'It is not patient information: submit',
          onclick: function () { submitLog(form, m, a, status, true); } })]));
      }
    });
  }

  // ---- deep linking: a tutor picks modules or units to place in the course (Deep Linking 2.0) ---------------------

  function postToPlatform(returnUrl, jwt) {
    var form = el('form', { method: 'post', action: returnUrl, id: 'deep-link-return' }, [
      el('input', { type: 'hidden', name: 'JWT', value: jwt })]);
    document.body.appendChild(form);
    form.submit();
  }

  function choice(multiple, value, label, id) {
    var input = el('input', { type: multiple ? 'checkbox' : 'radio', name: 'pick', id: id,
      value: JSON.stringify(value) });
    return el('div', { 'class': 'choice' }, [input, el('label', { 'for': id, text: label })]);
  }

  function picker(filters) {
    filters = filters || {};
    var multiple = !!(ept.deepLinking && ept.deepLinking.multiple);
    api('GET', '/api/catalogue?units=true&profession=' + encodeURIComponent(filters.profession || '')).then(function (data) {
      var filter = el('form', { 'class': 'filters', role: 'search', 'aria-label': 'Filter modules' }, [
        select('profession', 'Profession', Object.assign({ core: 'Shared core' }, PROFESSIONS), filters.profession),
        el('button', { type: 'submit', text: 'Show' })]);
      filter.addEventListener('submit', function (e) { e.preventDefault(); picker({ profession: filter.profession.value }); });
      var form = el('form', { id: 'picker' });
      data.modules.forEach(function (m, i) {
        var units = el('div', { 'class': 'units-choice' });
        m.unitList.forEach(function (u, j) {
          units.appendChild(choice(multiple, { module: m.key, unit: u.id }, u.title
            + (u.kind === 'knowledge-check' ? ' (knowledge check)' : ''), 'pick-' + i + '-' + j));
        });
        form.appendChild(el('fieldset', { 'data-module': m.key }, [el('legend', { text: m.title }),
          choice(multiple, { module: m.key }, 'The whole module', 'pick-' + i),
          el('details', {}, [el('summary', { text: 'Or single units' }), units])]));
      });
      var status = el('p', { role: 'status', id: 'picker-status' });
      function send(body) {
        status.textContent = 'Sending your choice to the course…';
        api('POST', '/api/deep-linking', body).then(function (r) { postToPlatform(r.returnUrl, r.jwt); })
          .catch(function (e) { status.textContent = e.message; });
      }
      form.appendChild(el('button', { type: 'submit', id: 'picker-add', text: 'Add to course' }));
      form.appendChild(el('button', { type: 'button', id: 'picker-cancel', 'class': 'secondary', text: 'Cancel',
        onclick: function () { send({ cancel: true }); } }));
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var items = Array.prototype.filter.call(form.querySelectorAll('input[name=pick]'), function (x) {
          return x.checked; }).map(function (x) { return JSON.parse(x.value); });
        send({ items: items });
      });
      var intro = multiple ? 'Choose one or more modules or units to add to your course.'
        : 'Choose one module or unit to add to your course.';
      show(el('section', {}, [el('h2', { text: 'Add modules to your course' }), el('p', { text: intro }), filter,
        form, status]), 'Add modules');
    }).catch(function (e) { message(e.message); });
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== ept.origin || !e.data || e.data.type !== 'ept.au.closed') { return; }
    var current = app.querySelector('[data-module]');
    if (current) { module(current.getAttribute('data-module')); }
  });

  if (!app || !ept.session) { return; }
  if (ept.deepLinking) { picker(); } else if (ept.module) { module(ept.module, ept.unit); } else { catalogue(); }
})();
