// Bare layout for printable pages: no navigation, white paper, the union document
// page size and margins (QĐ 933/QĐ-TLĐ). Each page still checks its own permission.
const PRINT_CSS = `
@page { size: A4 landscape; margin: 20mm 15mm 20mm 25mm; }
@media print {
  html, body { background: #fff !important; }
  /* The header's short rules are backgrounds: print them even with "background graphics" off. */
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr, .print-keep { break-inside: avoid; }
}
`;

export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-dvh bg-white font-print text-black">
      <style>{PRINT_CSS}</style>
      {children}
    </div>
  );
}
