/**
 * Served in place of office-js/office.js in the browser test: an in-memory Excel holding the Khối 17
 * sample (or an empty workbook with ?workbook=empty, to exercise Tạo mẫu).
 */
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { installFakeOffice } from "../fakes/fake-excel";

const empty = new URLSearchParams(window.location.search).get("workbook") === "empty";
const seed = { sheets: empty ? [{ name: "Sheet1", rows: [] }] : KHOI_17_SAMPLE.map((s) => ({ name: s.name, rows: s.rows })) };
// A few milliseconds per round trip, so the progress phases are visible as they would be in Excel.
const installed = installFakeOffice(seed, { roundTripMs: 5 });
(window as unknown as { __fakeExcel: unknown }).__fakeExcel = installed.excel;
