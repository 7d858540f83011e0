// Offline search over the prebuilt index (search-index.js): every word must occur in the title or
// text; case and diacritics are ignored. No network, no eval.
(function () {
  'use strict';
  var index = window.GRANTSPEC_INDEX || [];
  var input = document.getElementById('q');
  var status = document.getElementById('sok-status');
  var list = document.getElementById('sok-resultat');
  if (!input || !status || !list) return;
  function fold(s) { return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }
  var docs = index.map(function (d) { return { d: d, hay: fold(d.title + ' ' + d.text) }; });
  function run() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (words.length === 0) { status.textContent = ''; return; }
    var hits = docs.filter(function (x) { return words.every(function (w) { return x.hay.indexOf(w) !== -1; }); });
    hits.forEach(function (x) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = x.d.href;
      a.textContent = x.d.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    status.textContent = hits.length === 1 ? '1 träff' : hits.length + ' träffar';
  }
  input.addEventListener('input', run);
  var q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; run(); }
})();
