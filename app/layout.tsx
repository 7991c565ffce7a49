import type { Metadata, Viewport } from "next";
import { PinnedDayBanner } from "@/components/shell/pinned-day-banner";
import { ToastProvider } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sổ Công đoàn", template: "%s · Sổ Công đoàn" },
  description: "Hồ sơ điện tử của công đoàn cơ sở",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <PinnedDayBanner />
        <ToastProvider>{children}</ToastProvider>
      </body>
    </html>
  );
}
