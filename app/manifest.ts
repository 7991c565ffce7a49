import type { MetadataRoute } from "next";

/** The web app manifest: a member can add Sổ Công đoàn to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Sổ Công đoàn",
    short_name: "Sổ Công đoàn",
    description: "Hồ sơ điện tử của công đoàn cơ sở",
    lang: "vi",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f6f7f9",
    theme_color: "#c02626",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
