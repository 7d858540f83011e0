import { findDates } from '../build/extract/parse/dates.js';
console.log(findDates(process.argv[2]));
