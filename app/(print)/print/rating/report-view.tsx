// The rating reports' print view is the paper view of lib/document (components/print-document.tsx).
export { PrintDocument as ReportView, ReportPage } from "@/components/print-document";
