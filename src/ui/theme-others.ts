// The themes only some officers need, in a chunk of their own (see loadTheme in theme.ts).
export { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
