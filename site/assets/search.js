// Offline search over every page (search-index.js, and search-mottagare.js for the recipients): MiniSearch with the Swedish Snowball stemmer.
// Each word is indexed as written and as its stem; a query's words are stemmed and matched by
// prefix and, for longer words, with a small edit distance, so "kvalitetsregistret" finds
// "kvalitetsregister" though the stemmer does not make them one. Results show a snippet with the
// matched words marked. Runs from file:// (classic scripts, no fetch), no eval, no innerHTML.
(function () {
  'use strict';
  var docs = window.GRANTSPEC_DOCS || [];
  var stem = window.GRANTSPEC_STEM || function (w) { return w; };
  var input = document.getElementById('q');
  var form = document.getElementById('sok-form');
  var status = document.getElementById('sok-status');
  var list = document.getElementById('sok-resultat');
  var all = document.getElementById('alla-sidor');
  if (!input || !status || !list || !window.MiniSearch) return;
  var WORD = /[\p{L}\p{N}]+/gu;
  function norm(t) { return String(t).toLowerCase(); }
  function indexTerm(t) {
    var w = norm(t);
    if (w.length < 2) return null;
    var s = stem(w);
    return s === w ? w : [w, s];
  }
  function queryTerm(t) {
    var w = norm(t);
    return w.length < 2 ? null : stem(w);
  }
  var mini = new window.MiniSearch({
    idField: 'href',
    fields: ['title', 'body'],
    processTerm: indexTerm,
    searchOptions: {
      processTerm: queryTerm,
      prefix: function (t) { return t.length >= 4; },
      fuzzy: function (t) { return t.length >= 10 ? 0.2 : false; },
      boost: { title: 2 },
      combineWith: 'AND'
    }
  });
  mini.addAll(docs);
  var byHref = {};
  docs.forEach(function (d) { byHref[d.href] = d; });

  // the words of the text whose terms matched, marked, in a window around the first of them
  function snippet(text, terms) {
    var wanted = {};
    terms.forEach(function (t) { wanted[t] = true; });
    var hits = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var w = norm(m[0]);
      if (wanted[w] || wanted[stem(w)]) hits.push([m.index, m.index + m[0].length]);
    }
    var frag = document.createDocumentFragment();
    if (hits.length === 0) { frag.appendChild(document.createTextNode(text.slice(0, 160) + (text.length > 160 ? ' …' : ''))); return frag; }
    var from = Math.max(0, hits[0][0] - 60);
    var to = Math.min(text.length, hits[0][1] + 120);
    if (from > 0) { var sp = text.indexOf(' ', from); if (sp !== -1 && sp < hits[0][0]) from = sp + 1; }
    if (from > 0) frag.appendChild(document.createTextNode('… '));
    var at = from;
    hits.forEach(function (h) {
      if (h[0] < at || h[1] > to) return;
      frag.appendChild(document.createTextNode(text.slice(at, h[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(h[0], h[1]);
      frag.appendChild(mark);
      at = h[1];
    });
    frag.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? ' …' : '')));
    return frag;
  }

  function run() {
    var q = input.value.trim();
    while (list.firstChild) list.removeChild(list.firstChild);
    if (all) all.hidden = q !== '';
    if (q === '') { status.textContent = ''; return; }
    var results = mini.search(q);
    results.forEach(function (r) {
      var d = byHref[r.id];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = d.href;
      a.textContent = d.title;
      li.appendChild(a);
      var kind = document.createElement('span');
      kind.className = 'meta';
      kind.textContent = ' (' + d.kind + ')';
      li.appendChild(kind);
      var p = document.createElement('p');
      p.className = 'hit-snippet';
      p.appendChild(snippet(d.body, r.terms));
      li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = results.length === 0 ? 'Inga träffar för ”' + q + '”' : results.length === 1 ? '1 träff' : results.length + ' träffar';
  }
  input.addEventListener('input', run);
  if (form) form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  var q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; run(); }
})();
