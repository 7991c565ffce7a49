import type { Metadata, Viewport } from "next";
import { PinnedDayBanner } from "@/components/shell/pinned-day-banner";
import { ToastProvider } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sổ Công đoàn", template: "%s · Sổ Công đoàn" },
  description: "Hồ sơ điện tử của công đoàn cơ sở",
  applicationName: "Sổ Công đoàn",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  appleWebApp: { title: "Sổ Công đoàn", capable: true, statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#c02626" };

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
