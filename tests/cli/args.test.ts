import { parseArgs } from "../../src/cli/args";

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

  it("gives the error in English when --lang en is on the line", () => {
    const parsed = parseArgs(["--lang", "en"]);
    expect(parsed).toMatchObject({ kind: "error", lang: "en" });
  });
});
