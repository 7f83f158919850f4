// Lists the hyperlinks of a workbook as exceljs reads them, one per line:
//   node links.mjs IN.xlsx
// prints "SHEET!CELL TARGET". Used by readers_test.go.
import ExcelJS from 'exceljs';

const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]);
for (const ws of wb.worksheets) {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.hyperlink) console.log(`${ws.name}!${cell.address} ${cell.hyperlink}`);
    });
  });
}
