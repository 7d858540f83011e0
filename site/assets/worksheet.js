// The preparation worksheet: answers kept in this browser (localStorage), characters counted as you
// type, computed fields (oanvänt = mottaget − använt, andel oanvänt) worked out, costs checked
// against the grant received, export and import as JSON, print. No network, no eval.
(function () {
  'use strict';
  var form = document.getElementById('worksheet');
  if (!form) return;
  var key = form.getAttribute('data-key');
  var status = document.getElementById('ws-status');
  var warning = document.getElementById('ws-warning');
  function say(t) { if (status) status.textContent = t; }
  function fields() { return Array.prototype.slice.call(form.querySelectorAll('input, textarea')); }
  function collect() {
    var out = {};
    fields().forEach(function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') { if (el.checked) { out[el.name] = (out[el.name] || []).concat([el.value]); } }
      else if (el.value !== '') out[el.name] = el.value;
    });
    return out;
  }
  function apply(data) {
    fields().forEach(function (el) {
      var v = data[el.name];
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = Array.isArray(v) && v.indexOf(el.value) !== -1;
      else el.value = typeof v === 'string' ? v : '';
    });
    refresh();
  }
  function num(v) { var n = Number(String(v).replace(/\s/g, '').replace(',', '.')); return isFinite(n) ? n : NaN; }
  function valueOf(name, computed) {
    if (Object.prototype.hasOwnProperty.call(computed, name)) return computed[name];
    var els = form.querySelectorAll('input[data-var="' + name + '"]');
    for (var i = 0; i < els.length; i++) if (els[i].value !== '') return num(els[i].value);
    return NaN;
  }
  // "a - b", "a / b", "a + b", "a * b": two operands, one operator
  function evaluate(formula, computed) {
    var m = /^\s*([\p{L}\d]+)\s*([-−+*\/])\s*([\p{L}\d]+)\s*$/u.exec(formula);
    if (!m) return NaN;
    var a = valueOf(m[1], computed), b = valueOf(m[3], computed);
    if (isNaN(a) || isNaN(b)) return NaN;
    switch (m[2]) { case '-': case '−': return a - b; case '+': return a + b; case '*': return a * b; default: return b === 0 ? NaN : a / b; }
  }
  function refresh() {
    var computed = {};
    var outputs = Array.prototype.slice.call(form.querySelectorAll('output[data-formula]'));
    for (var pass = 0; pass < 3; pass++) {
      outputs.forEach(function (o) {
        var v = evaluate(o.getAttribute('data-formula'), computed);
        var name = o.getAttribute('data-var');
        if (name) computed[name] = v;
        var isShare = /\//.test(o.getAttribute('data-formula'));
        o.textContent = isNaN(v) ? '–' : isShare ? (Math.round(v * 1000) / 10).toLocaleString('sv-SE') + ' %' : Math.round(v).toLocaleString('sv-SE') + ' kr';
        o.setAttribute('data-value', isNaN(v) ? '' : String(v));
      });
    }
    form.querySelectorAll('textarea[data-max]').forEach(function (t) {
      var left = Number(t.getAttribute('data-max')) - t.value.length;
      var c = document.getElementById(t.id + '-rakna');
      if (c) c.textContent = left + ' tecken kvar';
    });
    var received = valueOf('mottaget', {}), used = valueOf('använt', {});
    if (warning) warning.hidden = !(used > received);
  }
  function save() { try { localStorage.setItem(key, JSON.stringify(collect())); say('Sparat i webbläsaren.'); } catch (e) { say('Kunde inte spara i webbläsaren.'); } }
  form.addEventListener('input', function () { refresh(); save(); });
  form.addEventListener('change', function () { refresh(); save(); });
  try { var stored = localStorage.getItem(key); if (stored) { apply(JSON.parse(stored)); say('Tidigare svar är inlästa.'); } else refresh(); } catch (e) { refresh(); }
  document.getElementById('ws-export').addEventListener('click', function () {
    var blob = new Blob([JSON.stringify({ worksheet: key, answers: collect() }, null, 2)], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = key + '.json';
    document.body.appendChild(a); a.click(); a.remove();
    say('Svaren är exporterade.');
  });
  document.getElementById('ws-import').addEventListener('change', function (ev) {
    var file = ev.target.files && ev.target.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var data = JSON.parse(text);
      apply(data.answers || {});
      save();
      say('Svaren är inlästa från ' + file.name + '.');
    }).catch(function () { say('Filen kunde inte läsas som svar (JSON).'); });
  });
  document.getElementById('ws-print').addEventListener('click', function () { window.print(); });
  document.getElementById('ws-clear').addEventListener('click', function () {
    if (!window.confirm('Töm arbetsbladet? Svaren i webbläsaren tas bort.')) return;
    try { localStorage.removeItem(key); } catch (e) { /* nothing stored */ }
    apply({});
    say('Arbetsbladet är tömt.');
  });
})();
