// Fills in a fill-in workbook with exceljs, as another program than Excel
// would, and saves it:
//   node fill.mjs IN.xlsx OUT.xlsx ANSWERS.json
// ANSWERS.json lists {"activity": "…", "status": "…", "note": "…"}: the row
// whose Aktivitet cell holds the activity gets the status and note (a
// number or a date where "as" says so). Used by fillin_readers_test.go.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';

const [input, output, answersFile] = process.argv.slice(2);
const answers = JSON.parse(readFileSync(answersFile, 'utf8'));
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(input);
const ws = wb.worksheets[0];
const header = {};
ws.getRow(1).eachCell((cell, col) => { header[String(cell.value).trim()] = col; });
for (const a of answers) {
  let found = false;
  ws.eachRow((row, n) => {
    if (n === 1 || row.getCell(header[a.activityColumn]).value !== a.activity) return;
    found = true;
    if (a.status !== undefined) row.getCell(header[a.statusColumn]).value = a.status;
    if (a.note !== undefined) {
      let value = a.note;
      if (a.as === 'number') value = Number(a.note);
      if (a.as === 'date') value = new Date(a.note + 'T00:00:00Z');
      const cell = row.getCell(header[a.noteColumn]);
      cell.value = value;
      // exceljs shares a style between the cells that had it when read:
      // the date cell gets a copy of its own.
      if (a.as === 'date') cell.style = { ...cell.style, numFmt: 'yyyy-mm-dd' };
    }
  });
  if (!found) throw new Error('no row for ' + a.activity);
}
await wb.xlsx.writeFile(output);
