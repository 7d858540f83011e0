#!/usr/bin/env node
await import(new URL('../build/bin/accuracy.js', import.meta.url).href);
