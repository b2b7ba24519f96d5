import type { ReactNode } from "react";

/** Small inline icons (no icon font or external file: the page must work offline under a strict CSP). */
function Icon({ size, strokeWidth = 1.8, children }: { size: number; strokeWidth?: number; children: ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      {children}
    </svg>
  );
}

// Each icon is its own few lines of SVG paths in the shared Icon frame: alike in shape, different pictures.
export function LockIcon({ size = 20 }: { size?: number }) {
  return (
    <Icon size={size}>
      <rect x="5" y="11" width="14" height="9" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </Icon>
  );
}

export function UploadIcon({ size = 40 }: { size?: number }) {
  return (
    <Icon size={size} strokeWidth={1.4}>
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5" />
      <path d="M12 17v-6M9.5 13.5 12 11l2.5 2.5" />
    </Icon>
  );
}

export function SheetIcon({ size = 20 }: { size?: number }) {
  return (
    <Icon size={size}>
      <rect x="4" y="4" width="16" height="16" rx="2" />
      <path d="M4 10h16M4 15h16M10 4v16" />
    </Icon>
  );
}

export function DownloadIcon({ size = 20 }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M5 20h14" />
    </Icon>
  );
}

export function InfoIcon({ size = 16 }: { size?: number }) {
  return (
    <Icon size={size}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5M12 8h.01" />
    </Icon>
  );
}
