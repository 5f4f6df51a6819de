import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';

/** The part of exceljs's cell reader (4.4.0, lib/xlsx/xform/sheet/cell-xform.js) this fix relies on. */
interface CellReader {
  /** The `t` attribute of the <c> element being read: "str" for a formula whose result is text. */
  t?: string;
  model: { type?: ExcelJS.ValueType; result?: unknown };
  parseClose: (this: CellReader, name: string) => boolean;
}

let installed = false;

/**
 * Excel and Calc save a formula whose result is empty text (`=IF(A2="","",A2)`) as
 * `<c t="str"><f>…</f><v></v></c>`; exceljs reads that exactly like a formula saved without any
 * result, which a roster refuses. This tells exceljs's cell reader the difference, once per process:
 * an empty `<v>` of a text result is the empty text. exceljs is pinned, and xlsx-roster.spec.ts reads both.
 */
export function readEmptyFormulaResults(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as { prototype: CellReader };
  const parseClose = CellXform.prototype.parseClose;
  CellXform.prototype.parseClose = function (name) {
    const open = parseClose.call(this, name);
    if (name === 'c' && this.t === 'str' && this.model.type === ExcelJS.ValueType.Formula && this.model.result === undefined)
      this.model.result = '';
    return open;
  };
}
