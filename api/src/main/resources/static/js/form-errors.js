// The form that was not accepted comes back on its page's own address with a fragment naming it (post/redirect/get,
// FormFailure): put the focus on that form's error summary, so a screen reader reads the errors and the page shows
// them, as the public form does. Without a fragment: the first error summary or problem box on the page.
// After the load event: until then Chromium scrolls to the fragment's element and, that element not being
// focusable, takes the focus away again.
(function () {
  'use strict';
  function start() {
    var target = null;
    if (window.location.hash.length > 1) {
      target = document.getElementById(decodeURIComponent(window.location.hash.substring(1)));
    }
    var summary = (target && target.querySelector('.error-summary, .problem-box'))
      || document.querySelector('.error-summary, .problem-box');
    if (!summary) {
      return;
    }
    if (!summary.hasAttribute('tabindex')) {
      summary.setAttribute('tabindex', '-1');
    }
    summary.focus({ preventScroll: true });
    summary.scrollIntoView({ block: 'start' });
    // Chromium may still scroll to the fragment's section or clear the focus just after load (later on a narrow
    // screen, where the section is taller than the window): for a short while, put both back.
    var until = Date.now() + 2000;
    function settle() {
      if (Date.now() >= until) {
        return;
      }
      if (!document.activeElement || document.activeElement === document.body) {
        summary.focus({ preventScroll: true });
      }
      if (document.activeElement === summary) {
        var top = summary.getBoundingClientRect().top;
        if (top < 0 || top >= window.innerHeight) {
          summary.scrollIntoView({ block: 'start' });
        }
      }
      window.setTimeout(settle, 100);
    }
    window.setTimeout(settle, 50);
  }
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', function () {
      window.setTimeout(start, 0);
    });
  }
}());
