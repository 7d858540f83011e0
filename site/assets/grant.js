// The grant-year page's summary: pick a kommun or region to see its amount. Without JavaScript
// the amounts are in the table further down and on each recipient's page.
(function () {
  'use strict';
  var select = document.getElementById('mottagare-val');
  var out = document.getElementById('ert-belopp');
  if (!select || !out) return;
  var wrap = select.closest('.needs-js');
  if (wrap) wrap.hidden = false;
  var first = out.textContent;
  function show() {
    var o = select.options[select.selectedIndex];
    out.textContent = o && o.value ? o.textContent + ': ' + o.getAttribute('data-amount') : first;
    try { if (o && o.value) localStorage.setItem('grantspec-mottagare', o.value); } catch (e) { /* private mode */ }
  }
  select.addEventListener('change', show);
  try {
    var saved = localStorage.getItem('grantspec-mottagare');
    if (saved && select.querySelector('option[value="' + saved.replace(/[^0-9]/g, '') + '"]')) { select.value = saved; show(); }
  } catch (e) { /* private mode */ }
})();
