// Platform storage client for the tool's login and launch pages (1EdTech lti-cs-pm, lti-pm-s, lti-cs-oidc v0.1).
// Reads its configuration from <script type="application/json" id="ept-storage">, written by PlatformStoragePage.
(function () {
  'use strict';
  var c = JSON.parse(document.getElementById('ept-storage').textContent);
  var pending = {};

  // lti-cs-oidc: the messages go to the parent (or opener) window, or to a named frame inside it.
  function windowFor(frame) {
    var base = window.parent !== window ? window.parent : window.opener;
    if (!base) { return null; }
    if (!frame || frame === '_parent') { return base; }
    try { return base.frames[frame] || null; } catch (e) { return null; }
  }

  function subjectOf(data) {
    return typeof data.subject === 'string' ? data.subject.replace(/^org\.imsglobal\./, '') : '';
  }

  // Only answers from the platform's OIDC origin count; the message id ties each answer to its request.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== c.platformOrigin || !data || typeof data !== 'object') { return; }
    var request = pending[data.message_id];
    if (!request || subjectOf(data) !== request.subject + '.response') { return; }
    delete pending[data.message_id];
    clearTimeout(request.timer);
    if (data.error) { request.reject(String(data.error.code || 'platform_error')); } else { request.resolve(data); }
  });

  function send(frame, subject, fields, waitMs) {
    return new Promise(function (resolve, reject) {
      var target = windowFor(frame);
      if (!target) { reject('no_target_window'); return; }
      var id = 'ept-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
      var message = Object.assign({subject: subject, message_id: id}, fields);
      pending[id] = {subject: subject, resolve: resolve, reject: reject,
        timer: setTimeout(function () { delete pending[id]; reject('timeout'); }, waitMs)};
      target.postMessage(message, c.platformOrigin);
    });
  }

  // lti-cs-pm: ask what the platform supports; it may name the frame that stores data. A platform that does not
  // answer lti.capabilities is still tried at lti_storage_target.
  function storageFrame(subject) {
    return send('_parent', 'lti.capabilities', {}, c.capabilitiesMs).then(function (answer) {
      var supported = (answer.supported_messages || []).filter(function (m) {
        return subjectOf(m) === subject;
      });
      if (supported.length === 0) { throw 'unsupported'; }
      return supported[0].frame || c.target;
    }, function (reason) {
      if (reason === 'timeout') { return c.target; }
      throw reason;
    });
  }

  function withDeadline(promise) {
    return Promise.race([promise, new Promise(function (resolve, reject) {
      setTimeout(function () { reject('timeout'); }, c.timeoutMs);
    })]);
  }

  function show(id, text) {
    var element = document.getElementById(id);
    if (element) { element.textContent = text; }
  }

  function putData() {
    withDeadline(storageFrame('lti.put_data').then(function (frame) {
      return send(frame, 'lti.put_data', {key: c.key, value: c.value}, c.timeoutMs);
    })).then(function () {
      window.location.replace(c.authorizationUrl);
    }, function (reason) {
      show('storage-status', 'Your VLE did not keep the sign-in check (' + reason + ').');
      document.getElementById('storage-failed').hidden = false;
    });
  }

  function complete(fields) {
    fetch(c.completeUrl, {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'text/html'},
      body: JSON.stringify(Object.assign({id_token: c.idToken, state: c.state}, fields))})
      .then(function (response) { return response.text(); })
      .then(function (html) { document.open(); document.write(html); document.close(); })
      .catch(function () { show('storage-status', 'The tool could not be reached. Please try again.'); });
  }

  function getData() {
    withDeadline(storageFrame('lti.get_data').then(function (frame) {
      return send(frame, 'lti.get_data', {key: c.key}, c.timeoutMs);
    })).then(function (answer) {
      complete(typeof answer.value === 'string' ? {value: answer.value} : {error: 'no_value'});
    }, function (reason) {
      complete({error: String(reason)});
    });
  }

  if (c.step === 'put') { putData(); } else { getData(); }
})();
