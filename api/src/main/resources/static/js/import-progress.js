// The import's progress bar: polls the job once a second and shows the result page when the job is done.
(function () {
  'use strict';
  var box = document.querySelector('[data-progress-url]');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-progress-url');
  var bar = box.querySelector('progress');
  var text = box.querySelector('.progress-text');
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (job) {
        if (job.state === 'DONE' || job.state === 'FAILED') {
          window.location.reload();
          return;
        }
        bar.max = Math.max(job.total, 1);
        bar.value = job.done;
        text.textContent = job.done + ' van ' + job.total + ' stappen';
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
}());
