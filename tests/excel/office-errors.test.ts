import { describeOfficeError } from "../../src/excel/office-errors";

/** An error as Office.js throws it: a message and a code. */
function officeError(code: string, message = "boom"): Error {
  return Object.assign(new Error(message), { code });
}

describe("describeOfficeError", () => {
  it("gives a known code its own message in both languages", () => {
    expect(describeOfficeError(officeError("InvalidOperationInCellEditMode"))).toEqual({
      vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi tính lại.",
      en: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then recalculate.",
    });
  });

  it("says for a protected sheet what it says when access is denied", () => {
    expect(describeOfficeError(officeError("SheetProtected"))).toEqual(describeOfficeError(officeError("AccessDenied")));
    expect(describeOfficeError(officeError("AccessDenied")).en).toContain("Unprotect");
  });

  it("names an unknown code and the error's message, and says when there is no code", () => {
    expect(describeOfficeError(officeError("GeneralException", "Lost"))).toEqual({
      vi: "Không tính được xếp hạng do lỗi của Excel (GeneralException: Lost). Hãy lưu sổ làm việc, đóng và mở lại Excel rồi tính lại.",
      en: "The ranking could not be calculated because of an Excel error (GeneralException: Lost). Save the workbook, restart Excel and recalculate.",
    });
    expect(describeOfficeError(new Error("Lost")).vi).toContain("(không rõ mã: Lost)");
    expect(describeOfficeError("Lost").en).toContain("(no code: Lost)");
  });

  it("takes a code that is an object's own property name for an unknown code", () => {
    expect(describeOfficeError(officeError("constructor")).en).toContain("(constructor: boom)");
  });
});
