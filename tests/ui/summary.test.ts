import { translator } from "../../src/ui/i18n";
import { VIETNAMESE } from "../../src/ui/pane-language";
import { prepareTimeFormat, summaryText } from "../../src/ui/summary";
import { calculation, rankedUnits } from "./fixtures";
import { ranked } from "./fake-host";

const t = translator(VIETNAMESE);
const finishedAt = new Date(2026, 0, 5, 20, 6);

test("the time of the calculation as the browser writes it in the pane's locale", () => {
  const text = summaryText({ outcome: ranked(calculation(rankedUnits())), finishedAt }, t, "vi");
  expect(text.endsWith(`Tính lúc ${finishedAt.toLocaleTimeString(t("locale"), { hour: "2-digit", minute: "2-digit" })}`)).toBe(true);
});

test("its formatter is made once, by prepareTimeFormat while the calculation runs, not when its ranking is drawn", () => {
  const made = jest.spyOn(Intl, "DateTimeFormat");
  try {
    prepareTimeFormat("en-GB");
    expect(made).toHaveBeenCalledTimes(1);
    const en: typeof t = (key, values) => (key === "locale" ? "en-GB" : t(key, values));
    summaryText({ outcome: ranked(calculation(rankedUnits())), finishedAt }, en, "en");
    summaryText({ outcome: ranked(calculation(rankedUnits())), finishedAt }, en, "en");
    expect(made).toHaveBeenCalledTimes(1);
  } finally {
    made.mockRestore();
  }
});
