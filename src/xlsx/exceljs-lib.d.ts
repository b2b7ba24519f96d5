/**
 * The few ExcelJS 4.4 internals the file writer drives itself (see write-xlsx.ts). ExcelJS publishes
 * no types for them; only what is used is declared.
 */
declare module "exceljs/lib/utils/xml-stream" {
  /** ExcelJS's XML builder: every piece of text goes through `_xml.push`, rollbacks through `_xml.length` and `_xml.splice`. */
  export default class XmlStream {
    _xml: { push(piece: string): unknown; length: number; splice(start: number, count: number): unknown; join(separator: string): string };
    _rollbacks: unknown[];
    closeAll(): void;
    get xml(): string;
  }
}

declare module "exceljs/lib/xlsx/xform/sheet/worksheet-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  export default class WorksheetXform {
    render(stream: XmlStream, model: unknown): void;
  }
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  export default class RelationshipsXform {
    render(stream: XmlStream, model: unknown): void;
  }
}

declare module "exceljs/lib/xlsx/xform/comment/comments-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  export default class CommentsXform {
    render(stream: XmlStream, model: unknown): void;
  }
}

declare module "exceljs/lib/xlsx/xform/comment/vml-notes-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  export default class VmlNotesXform {
    render(stream: XmlStream, model: unknown): void;
  }
}
