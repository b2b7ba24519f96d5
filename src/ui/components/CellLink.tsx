import { useDetailStyles } from "./detail-styles";

export interface CellLinkProps {
  sheet: string;
  cell: string;
  /** Accessible name, e.g. "Chọn ô Chỉ tiêu!H9". */
  label: string;
  /** Absent when the host cannot select cells (a file): the place is then plain text. */
  onSelect?: (sheet: string, cell: string) => void;
}

/** "Chỉ tiêu!H9" that selects the cell in Excel when pressed. */
export function CellLink({ sheet, cell, label, onSelect }: CellLinkProps) {
  const styles = useDetailStyles();
  const place = cell ? `${sheet}!${cell}` : sheet;
  if (!onSelect || !cell) return <span>{place}</span>;
  return (
    <button type="button" className={styles.cellButton} aria-label={label} title={label} onClick={() => onSelect(sheet, cell)}>
      {place}
    </button>
  );
}
