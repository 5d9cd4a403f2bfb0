// A question that belongs to one choice (data-shown-when="decision=END": the end reason with "Stoppen", issue 16)
// is hidden while another choice is made. Without JavaScript it stays visible with its hint, and the server asks for
// it when it is needed.
(function () {
  'use strict';
  function start() {
    document.querySelectorAll('[data-shown-when]').forEach(function (block) {
      var rule = block.getAttribute('data-shown-when').split('=');
      var form = block.closest('form');
      if (!form || rule.length !== 2) {
        return;
      }
      var radios = form.querySelectorAll('input[type="radio"][name="' + rule[0] + '"]');
      function update() {
        var chosen = form.querySelector('input[type="radio"][name="' + rule[0] + '"]:checked');
        // a block with an error stays visible: the error must be seen
        block.hidden = !block.querySelector('.has-error') && (!chosen || chosen.value !== rule[1]);
      }
      radios.forEach(function (radio) {
        radio.addEventListener('change', update);
      });
      update();
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
