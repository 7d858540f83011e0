// "Hitta statsbidrag": the filter controls narrow the list at once. Without JavaScript the controls
// stay hidden and the lists per recipient type, status, agency and theme further down do the job.
(function () {
  'use strict';
  var form = document.getElementById('filter');
  var list = document.getElementById('finder-lista');
  var status = document.getElementById('filter-status');
  if (!form || !list) return;
  form.hidden = false;
  var items = Array.prototype.slice.call(list.children);
  function val(name) { var el = form.elements.namedItem(name); return el ? el.value : ''; }
  function run() {
    var typ = val('typ'), myndighet = val('myndighet'), omrade = val('omrade'), st = val('status'), dagar = val('dagar');
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!typ || li.getAttribute('data-types').split('|').indexOf(typ) !== -1)
        && (!myndighet || li.getAttribute('data-agency') === myndighet)
        && (!omrade || li.getAttribute('data-themes').split('|').indexOf(omrade) !== -1)
        && (!st || li.getAttribute('data-state') === st)
        && (!dagar || (li.hasAttribute('data-days-left') && Number(li.getAttribute('data-days-left')) <= Number(dagar)));
      li.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = shown === 1 ? '1 statsbidrag visas' : shown + ' statsbidrag visas';
  }
  form.addEventListener('change', run);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var params = new URLSearchParams(location.search);
  ['typ', 'myndighet', 'omrade', 'status', 'dagar'].forEach(function (k) { var el = form.elements.namedItem(k); if (el && params.get(k)) el.value = params.get(k); });
  if (location.search) run();
})();
