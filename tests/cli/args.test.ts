import { parseArgs } from "../../src/cli/args";
import { helpText } from "../../src/cli/help";

describe("parseArgs", () => {
  it("reads the input and the options, in either spelling", () => {
    expect(parseArgs(["in.xlsx", "--out", "o.xlsx", "--json=r.json", "--lang", "en"])).toEqual({
      kind: "run",
      options: { input: "in.xlsx", out: "o.xlsx", json: "r.json", lang: "en", previous: null, explain: null },
    });
    expect(parseArgs(["in.xlsx"])).toEqual({
      kind: "run",
      options: { input: "in.xlsx", out: null, json: null, lang: "vi", previous: null, explain: null },
    });
  });

  it("reads --previous and --explain", () => {
    expect(parseArgs(["in.xlsx", "--previous", "cu.xlsx", "--explain=KB"])).toMatchObject({
      kind: "run",
      options: { previous: "cu.xlsx", explain: "KB" },
    });
  });

  it("asks for help with --help or -h, in the language given", () => {
    expect(parseArgs(["--help"])).toEqual({ kind: "help", lang: "vi" });
    expect(parseArgs(["-h", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
  });

  it.each([
    [[], "Thiếu tệp đầu vào"],
    [["a.xlsx", "b.xlsx"], "Chỉ nhận một tệp đầu vào"],
    [["a.xlsx", "--out"], "--out cần một giá trị"],
    [["a.xlsx", "--lang", "fr"], '"fr"'],
    [["a.xlsx", "--verbose"], '"--verbose"'],
    [["a.xlsx", "--previous"], "--previous cần một giá trị"],
    [["a.xlsx", "--explain="], "--explain cần một giá trị"],
  ])("refuses %j with a clear message", (argv, text) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe("error");
    if (parsed.kind === "error") expect(parsed.message.vi).toContain(text);
  });

  it.each([
    ["kq.xls", "kq.xlsx"],
    ["thu muc.v2/kq.csv", "thu muc.v2/kq.xlsx"],
    ["ket-qua", "ket-qua.xlsx"],
  ])("refuses --out %j: the output is a workbook (.xlsx, .xlsm for macros), and says which name to give", (out, suggestion) => {
    const parsed = parseArgs(["in.xlsx", "--out", out, "--lang", "en"]);
    expect(parsed).toMatchObject({ kind: "error", lang: "en" });
    if (parsed.kind !== "error") return;
    expect(parsed.message.vi).toContain("phải có đuôi .xlsx");
    expect(parsed.message.vi).toContain(`"${out}"`);
    expect(parsed.message.en).toContain("must end in .xlsx");
    expect(parsed.message.en).toContain(`--out "${suggestion}"`);
  });

  it("takes an --out ending in .xlsx in any case", () => {
    expect(parseArgs(["in.xlsm", "--out=KET QUA.XLSX"])).toMatchObject({ kind: "run", options: { out: "KET QUA.XLSX" } });
  });

  it("gives the error in English when --lang en is on the line", () => {
    const parsed = parseArgs(["--lang", "en"]);
    expect(parsed).toMatchObject({ kind: "error", lang: "en" });
  });
});

describe("helpText", () => {
  it("says in both languages that an .xlsm keeps its macros, so its output is an .xlsm", () => {
    expect(helpText("vi")).toContain("tệp .xlsm giữ macro nên kết quả cũng là .xlsm");
    expect(helpText("vi")).toContain("an .xlsm keeps its macros, so its output is an .xlsm too");
  });
});
