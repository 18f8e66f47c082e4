/*
 * The Enhanced Practice Tool's cmi5 client for the assignable units written here (AU side of cmi5 §7–11).
 * Reads the launch parameters (§8.1), fetches the auth token once (§8.2), reads LMS.LaunchData (§10) and the
 * learner preferences (§11), sends initialized / answered / passed|failed / completed / terminated with the
 * contextTemplate, and returns to returnURL (§10.2.6). The page declares what it holds with data attributes:
 * see content-packages/README.md §3. No network access other than the LMS endpoint and fetch URL.
 */
(function () {
  'use strict';

  var VERB = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
    answered: 'http://adlnet.gov/expapi/verbs/answered'
  };
  var CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  var EXT_MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
  var INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
  var DEFAULT_PASS = 0.8;

  var params = new URLSearchParams(window.location.search);
  var launch = {
    endpoint: params.get('endpoint'),
    fetchUrl: params.get('fetch'),
    actor: params.get('actor'),
    registration: params.get('registration'),
    activityId: params.get('activityId')
  };
  var session = {
    token: null, data: null, startedAt: new Date(), completed: false, passed: false,
    judgedThisSession: false, terminated: false,
    pending: Promise.resolve()   // statements still on their way; terminated waits for them (§9.3: it is the last)
  };

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** ISO 8601 duration in seconds with at most two decimals (xAPI 1.0.3 Part 2 §4.6). */
  function duration(since) {
    var seconds = Math.max(0, (Date.now() - since.getTime()) / 1000);
    return 'PT' + (Math.round(seconds * 100) / 100) + 'S';
  }

  function status(text) {
    var el = document.getElementById('ept-status');
    if (!el) {
      el = document.createElement('p');
      el.id = 'ept-status';
      el.setAttribute('role', 'status');
      el.className = 'ept-status';
      var main = document.querySelector('[data-ept-au]') || document.body;
      main.insertBefore(el, main.firstChild);
    }
    el.textContent = text;
  }

  function url(resource, query) {
    var base = launch.endpoint.replace(/\/?$/, '/');
    var q = Object.keys(query || {}).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(query[k]);
    }).join('&');
    return base + resource + (q ? '?' + q : '');
  }

  function lrs(method, resource, query, body, keepalive) {
    var headers = { 'Authorization': 'Basic ' + session.token, 'X-Experience-API-Version': '1.0.3' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return window.fetch(url(resource, query), {
      method: method, headers: headers, keepalive: !!keepalive,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function fetchToken() {
    return window.fetch(launch.fetchUrl, { method: 'POST' }).then(function (r) { return r.json(); })
      .then(function (json) {
        if (!json['auth-token']) {
          throw new Error('The launch could not be authorised (' + (json['error-text'] || 'no token') + ').');
        }
        session.token = json['auth-token'];
      });
  }

  function readLaunchData() {
    return lrs('GET', 'activities/state', {
      activityId: launch.activityId, agent: launch.actor, registration: launch.registration,
      stateId: 'LMS.LaunchData'
    }).then(function (r) {
      if (!r.ok) { throw new Error('The launch data could not be read (' + r.status + ').'); }
      return r.json();
    }).then(function (data) { session.data = data; });
  }

  function readPreferences() {
    return lrs('GET', 'agents/profile', { agent: launch.actor, profileId: 'cmi5LearnerPreferences' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (prefs) {
        if (prefs && prefs.languagePreference) {
          document.documentElement.setAttribute('data-language-preference', prefs.languagePreference);
        }
      }).catch(function () { return null; });
  }

  /** Whether completed / passed already happened in this registration (§9.3: at most one of each). */
  function readHistory() {
    function has(verb) {
      return lrs('GET', 'statements', {
        agent: launch.actor, verb: verb, activity: launch.activityId, registration: launch.registration, limit: 1
      }).then(function (r) { return r.ok ? r.json() : { statements: [] }; })
        .then(function (s) { return s.statements && s.statements.length > 0; });
    }
    return Promise.all([has(VERB.completed), has(VERB.passed)]).then(function (found) {
      session.completed = found[0];
      session.passed = found[1];
    });
  }

  function context(cmi5Defined, moveOn, extraExtensions) {
    var template = JSON.parse(JSON.stringify((session.data && session.data.contextTemplate) || {}));
    template.registration = launch.registration;
    var ca = template.contextActivities = template.contextActivities || {};
    ca.category = ca.category || [];
    if (cmi5Defined) {
      ca.category.push({ id: CATEGORY_CMI5, objectType: 'Activity' });
    }
    if (moveOn) {
      ca.category.push({ id: CATEGORY_MOVEON, objectType: 'Activity' });
    }
    if (ca.category.length === 0) { delete ca.category; }
    if (extraExtensions) {
      template.extensions = Object.assign(template.extensions || {}, extraExtensions);
    }
    return template;
  }

  function send(verb, display, options, keepalive) {
    options = options || {};
    var statement = {
      id: uuid(),
      actor: JSON.parse(launch.actor),
      verb: { id: verb, display: { 'en-GB': display } },
      object: options.object || { objectType: 'Activity', id: launch.activityId },
      context: options.context || context(true, !!(options.result && ('success' in options.result
        || 'completion' in options.result)), options.extensions),
      timestamp: new Date().toISOString()
    };
    if (options.result) { statement.result = options.result; }
    return lrs('PUT', 'statements', { statementId: statement.id }, statement, keepalive).then(function (r) {
      if (!r.ok && r.status !== 204) {
        return r.text().then(function (t) { throw new Error(display + ' was not recorded (' + r.status + '): ' + t); });
      }
      return statement;
    });
  }

  function normal() {
    return session.data && session.data.launchMode === 'Normal';
  }

  function complete() {
    if (!normal() || session.completed) { return Promise.resolve(); }
    session.completed = true;
    return send(VERB.completed, 'completed', { result: { completion: true, duration: duration(session.startedAt) } });
  }

  function terminate(keepalive) {
    if (session.terminated || !session.token) { return Promise.resolve(); }
    session.terminated = true;
    return send(VERB.terminated, 'terminated', { result: { duration: duration(session.startedAt) } }, keepalive);
  }

  function leave() {
    var finish = document.querySelectorAll('[data-ept-finish]');
    Array.prototype.forEach.call(finish, function (b) { b.disabled = true; });
    var lesson = !document.querySelector('form[data-ept-check][data-scored="true"]');
    status('Saving your progress…');
    session.pending.then(function () {
      return lesson ? complete() : null;
    }).then(function () { return terminate(false); }).then(function () {
      status('Your progress is saved.');
      if (session.data && session.data.returnURL) {
        window.location.assign(session.data.returnURL);
      }
    }).catch(function (e) { status(e.message); });
  }

  // ---- knowledge checks -------------------------------------------------------------------------------------

  function question(fieldset) {
    var inputs = fieldset.querySelectorAll('input');
    var chosen = Array.prototype.filter.call(inputs, function (i) { return i.checked; })
      .map(function (i) { return i.value; }).sort();
    var correct = (fieldset.getAttribute('data-correct') || '').split(',').map(function (s) { return s.trim(); })
      .filter(Boolean).sort();
    var legend = fieldset.querySelector('legend');
    return {
      id: fieldset.getAttribute('data-question'),
      text: legend ? legend.textContent.trim() : fieldset.getAttribute('data-question'),
      choices: Array.prototype.map.call(inputs, function (i) {
        var label = fieldset.querySelector('label[for="' + i.id + '"]');
        return { id: i.value, description: { 'en-GB': label ? label.textContent.trim() : i.value } };
      }),
      chosen: chosen, correct: correct,
      right: chosen.length > 0 && chosen.join(',') === correct.join(',')
    };
  }

  function answered(q) {
    var object = {
      objectType: 'Activity',
      id: launch.activityId + '/question/' + encodeURIComponent(q.id),
      definition: {
        type: INTERACTION, interactionType: 'choice', description: { 'en-GB': q.text },
        correctResponsesPattern: [q.correct.join('[,]')], choices: q.choices
      }
    };
    var ctx = context(false, false);
    ctx.contextActivities.parent = [{ objectType: 'Activity', id: launch.activityId }];
    return send(VERB.answered, 'answered', {
      object: object, context: ctx, result: { response: q.chosen.join('[,]'), success: q.right }
    });
  }

  function judge(questions) {
    var right = questions.filter(function (q) { return q.right; }).length;
    var scaled = Math.round((right / questions.length) * 10000) / 10000;
    var mastery = session.data && typeof session.data.masteryScore === 'number' ? session.data.masteryScore : null;
    var passed = scaled >= (mastery === null ? DEFAULT_PASS : mastery);
    var result = {
      score: { scaled: scaled, raw: right, min: 0, max: questions.length },
      success: passed, duration: duration(session.startedAt)
    };
    var extensions = mastery === null ? null : {};
    if (extensions) { extensions[EXT_MASTERY] = mastery; }
    return { right: right, scaled: scaled, passed: passed, result: result, extensions: extensions };
  }

  function showFeedback(form, questions, summary) {
    questions.forEach(function (q) {
      var fs = form.querySelector('fieldset[data-question="' + q.id + '"]');
      fs.classList.toggle('ept-right', q.right);
      fs.classList.toggle('ept-wrong', !q.right);
      var fb = fs.querySelector('[data-feedback]');
      if (fb) {
        fb.hidden = false;
        fb.setAttribute('data-verdict', q.right ? 'Correct.' : 'Not quite.');
      }
    });
    var out = form.querySelector('.ept-result') || document.createElement('p');
    out.className = 'ept-result';
    out.setAttribute('role', 'status');
    out.textContent = summary;
    form.appendChild(out);
    out.focus && out.focus();
  }

  function onCheck(form, event) {
    event.preventDefault();
    var questions = Array.prototype.map.call(form.querySelectorAll('fieldset[data-question]'), question);
    var scored = form.getAttribute('data-scored') === 'true';
    var verdict = judge(questions);
    var summary = verdict.right + ' of ' + questions.length + ' correct.';
    var recording = session.token && normal()
      ? Promise.all(questions.map(answered)) : Promise.resolve();
    if (scored && session.token && normal() && !session.passed && !session.judgedThisSession) {
      session.judgedThisSession = true;
      summary += verdict.passed ? ' You passed this knowledge check.'
        : ' You have not reached the pass mark yet: review the unit and reopen this check to try again.';
      recording = recording.then(function () {
        return send(verdict.passed ? VERB.passed : VERB.failed, verdict.passed ? 'passed' : 'failed',
          { result: verdict.result, extensions: verdict.extensions });
      }).then(function () {
        if (verdict.passed) { session.passed = true; return complete(); }
        return null;
      });
    }
    showFeedback(form, questions, summary);
    session.pending = session.pending.then(function () { return recording; })
      .catch(function (e) { status(e.message); });
  }

  // ---- start-up -----------------------------------------------------------------------------------------------

  function wire() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-ept-check]'), function (form) {
      form.addEventListener('submit', function (e) { onCheck(form, e); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-ept-finish]'), function (b) {
      b.addEventListener('click', leave);
    });
    window.addEventListener('pagehide', function () { terminate(true); });
  }

  function start() {
    wire();
    if (!launch.endpoint || !launch.fetchUrl || !launch.actor || !launch.registration || !launch.activityId) {
      status('Preview: this unit was opened outside the tool, so nothing you do here is recorded.');
      return;
    }
    document.documentElement.setAttribute('data-ept-state', 'starting');
    fetchToken().then(readLaunchData).then(function () {
      return Promise.all([readPreferences(), readHistory()]);
    }).then(function () {
      return send(VERB.initialized, 'initialized', {});
    }).then(function () {
      document.documentElement.setAttribute('data-ept-state', 'ready');
      if (!normal()) {
        status('You are reviewing this unit: answers are checked but not recorded.');
      }
    }).catch(function (e) {
      document.documentElement.setAttribute('data-ept-state', 'failed');
      status(e.message + ' Close this unit and open it again from the module page.');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
