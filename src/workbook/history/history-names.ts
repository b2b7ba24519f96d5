import type { Localized } from "../../scoring/types";
import { isProgramSheetName, programSheet, programSheetName } from "../output-sheets/program-sheets";

/** Hidden sheet owned by the add-in: the snapshots of the last calculations, as chunked JSON. Named in the registry. */
export const HISTORY_DATA_SHEET = programSheetName("historyData");

/** Visible sheet listing the calculations and what changed since the previous one. Named in the registry. */
export const HISTORY_SHEET: Localized = programSheet("history").names;

/** True for every sheet the program writes: never part of a snapshot of the officer's inputs. */
export const isProgramSheet = isProgramSheetName;
