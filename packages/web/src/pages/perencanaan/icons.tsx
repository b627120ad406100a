/** Small icons of the Perencanaan pages drawn inline: an emoji shows as an empty box where no emoji font is installed (Chromium on a server). */
const svgProps = {
  width: 14,
  height: 14,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
  style: { verticalAlign: '-2px' },
} as const;

export function PrinterIcon() {
  return (
    <svg {...svgProps}>
      <path d="M4 6V1.75h8V6" />
      <rect x="1.75" y="6" width="12.5" height="6" rx="1" />
      <path d="M4 10h8v4.25H4z" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg {...svgProps}>
      <rect x="2.75" y="7" width="10.5" height="7.25" rx="1" />
      <path d="M5 7V4.75a3 3 0 0 1 6 0V7" />
    </svg>
  );
}
