// The preparation worksheet: answers kept in this browser (localStorage), characters counted as you
// type, computed fields (oanvänt = mottaget − använt, andel oanvänt) worked out exactly with
// decimal.js from Swedish amounts ("1 500 000,50", "1500000,50", with no-break spaces), table
// rows summed and checked against the stated total, costs checked against the grant received,
// export and import as JSON, print. No network, no eval.
(function () {
  'use strict';
  var form = document.getElementById('worksheet');
  var D = window.Decimal;
  if (!form || !D) return;
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
  // "1 500 000,50" → Decimal 1500000.5; spaces of any kind group thousands, a comma (or a lone
  // point) is the decimal sign; anything else is not an amount (null), empty is undefined
  function parse(text) {
    var s = String(text).replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/^\u2212/, '-');
    if (s === '') return undefined;
    if (/,/.test(s)) s = s.replace(/\.(?=\d{3}(?:\.|,|$))/g, '').replace(',', '.');
    if (!/^-?\d+(?:\.\d+)?$/.test(s)) return null;
    return new D(s);
  }
  function group(digits) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'); }
  function kr(d) {
    var neg = d.isNeg();
    var fixed = d.abs().toFixed(d.isInteger() ? 0 : 2).split('.');
    return (neg ? '\u2212' : '') + group(fixed[0]) + (fixed[1] ? ',' + fixed[1] : '') + ' kr';
  }
  function percent(d) { return d.times(100).toDecimalPlaces(1).toString().replace('.', ',') + ' %'; }
  function checkField(el) {
    var v = parse(el.value);
    var msg = v === null ? 'Skriv ett belopp med siffror, till exempel 1 500 000,50.' : '';
    el.setAttribute('aria-invalid', v === null ? 'true' : 'false');
    var err = document.getElementById(el.id + '-fel');
    if (err) err.textContent = msg;
    return v;
  }
  function valueOf(name, computed) {
    if (Object.prototype.hasOwnProperty.call(computed, name)) return computed[name];
    var els = form.querySelectorAll('input[data-var="' + name + '"]');
    for (var i = 0; i < els.length; i++) if (els[i].value !== '') { var v = parse(els[i].value); return v || undefined; }
    return undefined;
  }
  // "a - b", "a / b", "a + b", "a * b": two operands, one operator
  function evaluate(formula, computed) {
    var m = /^\s*([\p{L}\d]+)\s*([-−+*\/])\s*([\p{L}\d]+)\s*$/u.exec(formula);
    if (!m) return undefined;
    var a = valueOf(m[1], computed), b = valueOf(m[3], computed);
    if (!a || !b) return undefined;
    switch (m[2]) { case '-': case '−': return a.minus(b); case '+': return a.plus(b); case '*': return a.times(b); default: return b.isZero() ? undefined : a.div(b); }
  }
  function tables() {
    form.querySelectorAll('table').forEach(function (table) {
      var warn = table.parentNode.parentNode.querySelector('[data-table-warning]');
      var off = false;
      table.querySelectorAll('output[data-sum-col]').forEach(function (o) {
        var col = o.getAttribute('data-sum-col');
        var sum = new D(0), any = false;
        table.querySelectorAll('tbody input[data-col="' + col + '"]').forEach(function (el) {
          var v = parse(el.value);
          if (v) { sum = sum.plus(v); any = true; }
        });
        o.textContent = any ? 'summa ' + kr(sum) : '–';
        o.setAttribute('data-value', any ? sum.toString() : '');
        var stated = table.querySelector('input[data-total-col="' + col + '"]');
        var t = stated ? parse(stated.value) : undefined;
        if (t && any && !t.eq(sum)) off = true;
      });
      if (warn) {
        warn.hidden = !off;
        if (off) warn.textContent = 'Totalt stämmer inte med summan av raderna. Kontrollera beloppen.';
      }
    });
  }
  function refresh() {
    form.querySelectorAll('input[data-amount]').forEach(checkField);
    var computed = {};
    var outputs = Array.prototype.slice.call(form.querySelectorAll('output[data-formula]'));
    for (var pass = 0; pass < 3; pass++) {
      outputs.forEach(function (o) {
        var v = evaluate(o.getAttribute('data-formula'), computed);
        var name = o.getAttribute('data-var');
        if (name && v) computed[name] = v;
        var isShare = /\//.test(o.getAttribute('data-formula'));
        o.textContent = !v ? '–' : isShare ? percent(v) : kr(v);
        o.setAttribute('data-value', v ? v.toString() : '');
      });
    }
    form.querySelectorAll('textarea[data-max]').forEach(function (t) {
      var left = Number(t.getAttribute('data-max')) - t.value.length;
      var c = document.getElementById(t.id + '-rakna');
      if (c) c.textContent = left + ' tecken kvar';
    });
    tables();
    var received = valueOf('mottaget', {}), used = valueOf('använt', {});
    if (warning) warning.hidden = !(received && used && used.gt(received));
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
