// What a page's scripts share. escapeHtml: ECharts writes a tooltip formatter's answer into the
// page as HTML, so every name in one (partners, vendors, tiers: text anyone may have typed) goes
// through it. Its own default tooltips and axis labels escape already.
window.Rapport = (function () {
  'use strict';
  var entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

  function escapeHtml(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) { return entities[c]; });
  }

  return { escapeHtml: escapeHtml };
})();

// htmx requests carry the CSRF token Spring Security expects, taken from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form the server refused (422) comes back with what to fix: swap it in like a success.
if (window.htmx) {
  htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '422', swap: true, error: false },
    { code: '[45]..', swap: false, error: true },
    { code: '...', swap: false }
  ];
}

// A control marked data-submit-on-change sends its form as soon as it changes (no inline handlers:
// the Content-Security-Policy runs no script written into a page).
document.addEventListener('change', function (event) {
  var control = event.target;
  if (control.matches && control.matches('[data-submit-on-change]') && control.form) {
    control.form.requestSubmit();
  }
});

// The menu button on narrow screens opens and closes the menu (Bootstrap's script is not loaded).
document.addEventListener('click', function (event) {
  var toggler = event.target.closest ? event.target.closest('.navbar-toggler') : null;
  if (toggler) {
    var menu = document.querySelector(toggler.getAttribute('data-bs-target'));
    if (menu) {
      var open = menu.classList.toggle('show');
      toggler.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
  }
  // An open menu group closes when the person clicks anywhere else.
  document.querySelectorAll('details.nav-menu[open]').forEach(function (group) {
    if (!group.contains(event.target)) {
      group.removeAttribute('open');
    }
  });
});
