// A button that copies a piece of text on the page (data-copy: the id of the element that holds it) to the clipboard
// and says so in the status next to it, which screen readers announce (role="status", aria-live). The text itself
// stays on the page to select by hand: without the Clipboard API the button stays hidden, and when copying fails
// the text is selected and the status says to copy it yourself.
(function () {
  'use strict';

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(button, text) {
    var status = button.parentNode.querySelector('.copy-status');
    if (status) {
      status.textContent = '';
      // a new text (also the same one again) is announced again
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      return;
    }
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(
          function () { say(button, button.getAttribute('data-copied')); },
          function () { select(source); say(button, button.getAttribute('data-copy-failed')); });
      });
    });
  });
}());
