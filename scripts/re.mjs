import { sv } from '../build/extract/parse/unicode.js';
const re = sv(/\b(?:en|ett|ytterligare ett|ett annat)\s+(?:förutsättning|villkor)\s+för\s+att\b|\bär ett villkor\b/u);
console.log(re.source.slice(0,200));
console.log(re.test('En förutsättning för att ta del av statsbidragen är medverkan i de dialoger'));
