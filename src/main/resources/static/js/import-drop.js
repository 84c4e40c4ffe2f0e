// Drag and drop for the import page: a dropped file goes into the form's file input, so the same
// form (and the same server-side checks) serve mouse, keyboard and drop alike.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var zone = document.getElementById('drop-zone');
    var input = document.getElementById('import-file');
    if (!zone || !input) {
      return;
    }
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add('border-primary', 'bg-light');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.remove('border-primary', 'bg-light');
      });
    });
    zone.addEventListener('drop', function (event) {
      if (event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    input.addEventListener('change', function () {
      var name = document.getElementById('import-file-name');
      if (name) {
        name.textContent = input.files.length ? input.files[0].name : '';
      }
    });
  });
})();
