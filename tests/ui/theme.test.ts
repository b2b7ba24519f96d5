import { chooseThemeKind } from "../../src/ui/theme";

const media = (active: string[]) => (query: string) => ({ matches: active.includes(query) });

test("forced colours win over everything", () => {
  expect(chooseThemeKind({ officeTheme: { isDarkTheme: true }, matchMedia: media(["(forced-colors: active)"]) })).toBe("highContrast");
});

test("Office's theme decides when present", () => {
  expect(chooseThemeKind({ officeTheme: { isDarkTheme: true }, matchMedia: media([]) })).toBe("dark");
  expect(chooseThemeKind({ officeTheme: { isDarkTheme: false }, matchMedia: media(["(prefers-color-scheme: dark)"]) })).toBe("light");
});

test("older Office without isDarkTheme: judged by the body background colour", () => {
  expect(chooseThemeKind({ officeTheme: { bodyBackgroundColor: "#262626" } })).toBe("dark");
  expect(chooseThemeKind({ officeTheme: { bodyBackgroundColor: "#FFFFFF" } })).toBe("light");
});

test("outside Office: the browser's colour scheme, light by default", () => {
  expect(chooseThemeKind({ matchMedia: media(["(prefers-color-scheme: dark)"]) })).toBe("dark");
  expect(chooseThemeKind({ matchMedia: media([]) })).toBe("light");
  expect(chooseThemeKind({})).toBe("light");
});
